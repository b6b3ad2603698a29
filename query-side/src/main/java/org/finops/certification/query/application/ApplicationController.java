package org.finops.certification.query.application;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.events.CertificationType;
import org.finops.certification.query.Page;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.rules.ApplicationStatus;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.security.Caller;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping(ApiPaths.APPLICATIONS)
class ApplicationController {
    private final ViewGenerations generations;
    private final Access access;
    private final ApplicationQueries applications;

    ApplicationController(ViewGenerations generations, Access access, ApplicationQueries applications) {
        this.generations = generations;
        this.access = access;
        this.applications = applications;
    }

    @Operation(summary = "An application: its status, the decision (who, when, why, under which policy version) and"
            + " what was submitted (offering, capability claims with evidence, FOCUS, community)")
    @GetMapping("/{applicationId}")
    ApplicationView one(@PathVariable String applicationId) {
        ApplicationView view = applications.one(generations.active(), applicationId);
        access.readerOf(view.memberId());
        return view;
    }

    @Operation(summary = "Applications, oldest first, filtered by status, type and member (a member sees its own):"
            + " the review queue is status=SUBMITTED")
    @GetMapping
    Page<ApplicationView> list(@RequestParam(required = false) String status,
                               @RequestParam(required = false) String type,
                               @RequestParam(required = false) String memberId,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        Caller caller = access.caller();
        String scope = memberId;
        if (!caller.isStaff() && !caller.isAuditor()) {
            scope = caller.org();
            if (!caller.actsFor(scope) || (memberId != null && !memberId.equals(scope))) {
                throw new AccessDeniedException("a member may only read its own applications");
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (status != null && ApplicationStatus.named(status).isEmpty()) {
            problems.put("status", "must be one of " + Arrays.toString(ApplicationStatus.values()));
        }
        if (type != null && CertificationType.offered(type).isEmpty()) {
            problems.put("type", "must be one of " + CertificationType.offered());
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Page.check(page, size);
        return applications.list(generations.active(), status, type, scope, page, size);
    }
}
