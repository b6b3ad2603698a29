package org.finops.certification.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.support.security.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff start a rebuild of every read model and follow its progress. */
@RestController
@RequestMapping("/api/v1/admin/rebuild")
class RebuildController {
    private final Rebuild rebuild;
    private final Access access;

    RebuildController(Rebuild rebuild, Access access) {
        this.rebuild = rebuild;
        this.access = access;
    }

    @Operation(summary = "Rebuild the read models into a new generation by replaying the topic, while the current "
            + "one keeps answering")
    @PostMapping
    ResponseEntity<RebuildProgress> start() {
        access.staff();
        boolean started = rebuild.start();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
                .header("Location", "/api/v1/admin/rebuild").body(rebuild.progress());
    }

    @Operation(summary = "The progress of the running or last rebuild")
    @GetMapping
    RebuildProgress progress() {
        access.staff();
        return rebuild.progress();
    }
}
