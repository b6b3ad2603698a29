package org.finops.certification.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.query.Page;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Every decision and refusal in time order, for staff and auditors. */
@RestController
@RequestMapping(ApiPaths.AUDIT)
class AuditController {
    private final ViewGenerations generations;
    private final Access access;
    private final AuditQueries trail;

    AuditController(ViewGenerations generations, Access access, AuditQueries trail) {
        this.generations = generations;
        this.access = access;
        this.trail = trail;
    }

    @Operation(summary = "The audit trail: every decision and refusal in time order, with actor, reason and policy "
            + "version (a member reads its own organisation's, with memberId). With after (empty for the beginning,"
            + " then each answer's next), pages are read from a cursor and not counted: their cost does not grow with"
            + " the trail")
    @GetMapping
    AuditPage audit(@RequestParam(required = false) String certificationId,
                    @RequestParam(required = false) String memberId,
                    @RequestParam(required = false) String actor,
                    @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to,
                    @RequestParam(required = false) String after,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "50") int size) {
        if (memberId == null) {
            access.reader();
        } else {
            access.readerOf(memberId);
        }
        Page.check(page, size);
        AuditQueries.Filter filter = new AuditQueries.Filter(certificationId, memberId, actor, instant("from", from),
                instant("to", to));
        ViewStore views = generations.active();
        if (after != null) {
            return page(trail.after(views, filter, AuditCursor.parse(after), size + 1), 0, size, null);
        }
        // Whether more follows is read with the page (one row beyond it), never from the count: the count is a
        // second statement, and an entry projected between the two would promise a next page after an empty one.
        List<AuditEntry> read = trail.page(views, filter, page, size, size + 1);
        long total = trail.count(views, filter);
        return page(read, page, size, total);
    }

    /** The page of {@code size} entries out of {@code read} (up to one more), linking on when there was more. */
    static AuditPage page(List<AuditEntry> read, int page, int size, Long total) {
        List<AuditEntry> items = read.subList(0, Math.min(size, read.size()));
        return new AuditPage(items, page, size, total, read.size() > size ? AuditCursor.of(items.getLast()).encoded()
                : null);
    }

    /**
     * A page of the trail: {@code total} counts every entry the filters match (null for a page read from a cursor);
     * {@code next} reads on after this page ({@code after=next}), null at the end.
     */
    record AuditPage(List<AuditEntry> items, int page, int size, Long total, String next) {
    }

    private static Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }
}
