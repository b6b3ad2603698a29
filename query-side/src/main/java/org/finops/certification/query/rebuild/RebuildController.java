package org.finops.certification.query.rebuild;

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

    @PostMapping
    ResponseEntity<RebuildProgress> start() {
        access.staff();
        boolean started = rebuild.start();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
                .header("Location", "/api/v1/admin/rebuild").body(rebuild.progress());
    }

    @GetMapping
    RebuildProgress progress() {
        access.staff();
        return rebuild.progress();
    }
}
