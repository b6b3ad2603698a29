package org.finops.certification.query.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.events.CertificationType;
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
import java.util.List;

/** Public, no token: certified members by name and type, alphabetical, and nothing that could rank them. */
@RestController
@RequestMapping(ApiPaths.DIRECTORY)
class DirectoryController {
    private final ViewGenerations generations;
    private final DirectoryQueries directory;

    DirectoryController(ViewGenerations generations, DirectoryQueries directory) {
        this.generations = generations;
        this.directory = directory;
    }

    @Operation(summary = "The public directory: certified members by type, alphabetical, with validity (no token "
            + "needed)")
    @SecurityRequirements
    @GetMapping
    Directory directory(@RequestParam(required = false) String type) {
        if (type != null && CertificationType.named(type).isEmpty()) {
            throw new InvalidRequest("type", "must be one of " + Arrays.toString(CertificationType.values()));
        }
        return new Directory(directory.ofType(generations.active(), type));
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
