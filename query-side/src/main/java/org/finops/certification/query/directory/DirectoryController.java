package org.finops.certification.query.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.events.CertificationType;
import org.finops.certification.query.Page;
import org.finops.certification.query.views.ViewGenerations;
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
            + " size, every listing")
    @SecurityRequirements
    @GetMapping
    Directory directory(@RequestParam(required = false) String type, @RequestParam(required = false) String q,
                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
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
        List<Listing> found = directory.ofType(generations.active(), type).stream()
                .filter(listing -> q == null || q.isBlank() || SearchText.contains(listing.name(), q)).toList();
        if (page == null && size == null) {
            return new Directory(found, found.size(), 0, found.size());
        }
        int pageSize = size == null ? DEFAULT_SIZE : size;
        int from = (int) Math.min((long) (page == null ? 0 : page) * pageSize, found.size());
        return new Directory(found.subList(from, Math.min(from + pageSize, found.size())), found.size(),
                page == null ? 0 : page, pageSize);
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

    /** The certified members, alphabetical: a page of them when asked, {@code total} matching. */
    record Directory(List<Listing> members, long total, int page, int size) {
    }

    /** One certified organisation and its current certifications. */
    record Organisation(String memberId, String name, List<Listing> certifications) {
    }

    /** A certification in the directory; its id leads to its public verification. */
    record Listing(String name, String type, Instant validUntil, String memberId, String certificationId) {
    }
}
