package org.finops.certification.query.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.finops.certification.contract.ApiPaths;
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
import java.util.List;
import java.util.Set;

/** Public, no token: certified members by name and type, alphabetical, and nothing that could rank them. */
@RestController
@RequestMapping(ApiPaths.DIRECTORY)
class DirectoryController {
    private static final Set<String> TYPES =
            Set.of("PLATFORM", "SERVICE_PROVIDER", "LEGACY_PLATFORM", "LEGACY_SPECIALTY_SOLUTION");

    private final ViewGenerations generations;

    DirectoryController(ViewGenerations generations) {
        this.generations = generations;
    }

    @Operation(summary = "The public directory: certified members by type, alphabetical, with validity (no token "
            + "needed)")
    @SecurityRequirements
    @GetMapping
    Directory directory(@RequestParam(required = false) String type) {
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidRequest("type", "must be one of " + TYPES);
        }
        ViewStore views = generations.active();
        String where = type == null ? "" : " WHERE type = ?";
        Object[] args = type == null ? new Object[0] : new Object[]{type};
        return new Directory(listings(views, where, args));
    }

    @Operation(summary = "One certified organisation's entries in the public directory (no token needed)")
    @SecurityRequirements
    @GetMapping("/{memberId}")
    Organisation organisation(@PathVariable String memberId) {
        List<Listing> listings = listings(generations.active(), " WHERE member_id = ?", new Object[]{memberId});
        if (listings.isEmpty()) {
            throw new NotFound("no certified organisation " + memberId);
        }
        return new Organisation(memberId, listings.get(0).name(), listings);
    }

    private static List<Listing> listings(ViewStore views, String where, Object[] args) {
        return views.jdbc().query("SELECT name, type, valid_until, member_id, certification_id FROM "
                        + views.table("directory_entry")
                        + where + " ORDER BY lower(name), name, type",
                (row, n) -> new Listing(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getString(4), row.getString(5)), args);
    }

    /** The certified members, alphabetical. */
    record Directory(List<Listing> members) {
    }

    /** One certified organisation and its current certifications. */
    record Organisation(String memberId, String name, List<Listing> certifications) {
    }

    /** A certification in the directory; its id leads to its public verification. */
    record Listing(String name, String type, Instant validUntil, String memberId, String certificationId) {
    }
}
