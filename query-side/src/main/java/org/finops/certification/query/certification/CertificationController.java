package org.finops.certification.query.certification;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.events.CertificationType;
import org.finops.certification.query.Page;
import org.finops.certification.rules.CertificationStatus;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.security.Caller;
import org.finops.certification.support.web.InvalidRequest;
import org.finops.certification.support.web.NotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping(ApiPaths.CERTIFICATIONS)
class CertificationController {
    private final CertificationQueries certifications;
    private final Access access;

    CertificationController(CertificationQueries certifications, Access access) {
        this.certifications = certifications;
        this.access = access;
    }

    @Operation(summary = "A certification: status, validity and the policy version it was granted under")
    @GetMapping("/{certificationId}")
    CertificationView one(@PathVariable String certificationId) {
        CertificationView view = certifications.byId(certificationId)
                .orElseThrow(() -> new NotFound("no certification " + certificationId));
        access.readerOf(view.memberId());
        return view;
    }

    @Operation(summary = "Certifications, filtered by member, type, status and q (the certification's id, or text in its"
            + " member's name or id); a member sees its own")
    @GetMapping
    Page<CertificationView> list(@RequestParam(required = false) String memberId,
                                 @RequestParam(required = false) String type,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        Caller caller = access.caller();
        String scope = memberId;
        if (!caller.isStaff() && !caller.isAuditor()) {
            scope = caller.org();
            if (!caller.actsFor(scope) || (memberId != null && !memberId.equals(scope))) {
                throw new AccessDeniedException("a member may only read its own certifications");
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (type != null && CertificationType.named(type).isEmpty()) {
            problems.put("type", "must be one of " + Arrays.toString(CertificationType.values()));
        }
        if (status != null && CertificationStatus.named(status).isEmpty()) {
            problems.put("status", "must be one of " + Arrays.toString(CertificationStatus.values()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Page.check(page, size);
        return certifications.list(scope, type, status, q, page, size);
    }

    @Operation(summary = "A certification as it stood at an instant")
    @GetMapping("/{certificationId}/as-of")
    CertificationView asOf(@PathVariable String certificationId, @RequestParam String at) {
        access.reader();
        Instant instant;
        try {
            instant = Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("at", "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
        return certifications.asOf(certificationId, instant)
                .orElseThrow(() -> new NotFound("certification " + certificationId + " did not exist at " + at));
    }
}
