package org.finops.certification.query.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.events.CertificationType;
import org.finops.certification.query.Page;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.web.InvalidRequest;
import org.finops.certification.support.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Public, no token: certified members by name and type, alphabetical, and nothing that could rank them. */
@RestController
@RequestMapping(ApiPaths.DIRECTORY)
class DirectoryController {
    private static final int MAX_SEARCH = 200;
    private static final int DEFAULT_SIZE = 50;
    private final ViewGenerations generations;
    private final DirectoryQueries directory;

    DirectoryController(ViewGenerations generations, DirectoryQueries directory) {
        this.generations = generations;
        this.directory = directory;
    }

    @Operation(summary = "The public directory: certified members by type, alphabetical, with validity; q finds"
            + " names containing it, whatever the case or accents; never ranked (no token needed). Without page or"
            + " size, every listing. With after (empty for the beginning, then each answer's next), pages are read"
            + " from a cursor and not counted: their cost does not grow with the directory")
    @SecurityRequirements
    @GetMapping
    Directory directory(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
                        @RequestParam(required = false) String after) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (type != null && CertificationType.named(type).isEmpty()) {
            problems.put("type", "must be one of " + Arrays.toString(CertificationType.values()));
        }
        if (q != null && q.length() > MAX_SEARCH) {
            problems.put("q", "must be at most " + MAX_SEARCH + " characters");
        }
        if (page != null && page < 0) {
            problems.put("page", "must be 0 or more");
        }
        if (size != null && (size < 1 || size > Page.MAX_SIZE)) {
            problems.put("size", "must be between 1 and " + Page.MAX_SIZE);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        DirectoryQueries.Filter filter = new DirectoryQueries.Filter(type, q);
        ViewStore views = generations.active();
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (after != null) {
            // one listing beyond the page says whether another follows, without counting
            List<Listing> read = directory.after(views, filter, DirectoryCursor.parse(after), pageSize + 1);
            List<Listing> listings = read.subList(0, Math.min(pageSize, read.size()));
            return new Directory(listings, null, 0, pageSize,
                    read.size() > pageSize ? DirectoryCursor.of(listings.getLast()).encoded() : null);
        }
        if (page == null && size == null) {
            List<Listing> all = directory.all(views, filter);
            return new Directory(all, (long) all.size(), 0, all.size(), null);
        }
        int pageNo = page == null ? 0 : page;
        return new Directory(directory.page(views, filter, (long) pageNo * pageSize, pageSize),
                directory.count(views, filter), pageNo, pageSize, null);
    }

    @Operation(summary = "One certified organisation's entries in the public directory (no token needed)")
    @SecurityRequirements
    @GetMapping("/{memberId}")
    Organisation organisation(@PathVariable String memberId) {
        List<Listing> listings = directory.ofMember(generations.active(), memberId);
        if (listings.isEmpty()) {
            throw new NotFound("no certified organisation " + memberId);
        }
        return new Organisation(memberId, listings.get(0).name(), listings);
    }

    /**
     * The certified members, alphabetical: a page of them when asked, {@code total} matching (null for a page read
     * from a cursor); {@code next} reads on after this page ({@code after=next}), null at the end or without a cursor.
     */
    record Directory(List<Listing> members, Long total, int page, int size, String next) {
    }

    /** One certified organisation and its current certifications. */
    record Organisation(String memberId, String name, List<Listing> certifications) {
    }

    /** A certification in the directory; its id leads to its public verification. */
    record Listing(String name, String type, Instant validUntil, String memberId, String certificationId) {
    }
}
