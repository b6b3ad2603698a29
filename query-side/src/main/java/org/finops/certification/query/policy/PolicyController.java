package org.finops.certification.query.policy;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * The published policy versions, newest first, each as its document: what staff compare side by side, and what a
 * member reads before applying (the rules are no secret; any signed-in role may read them).
 */
@RestController
@RequestMapping(ApiPaths.POLICIES)
class PolicyController {
    private final ViewGenerations generations;
    private final PolicyInForce policyInForce;
    private final Access access;

    PolicyController(ViewGenerations generations, PolicyInForce policyInForce, Access access) {
        this.generations = generations;
        this.policyInForce = policyInForce;
        this.access = access;
    }

    @Operation(summary = "Every published policy version with its requirement tables, criteria and durations, and"
            + " which one is in force")
    @GetMapping
    Policies all() {
        access.caller();
        ViewStore views = generations.active();
        String inForce = policyInForce.in(views).map(PolicyInForce.Version::version).orElse(null);
        return new Policies(policyInForce.all(views).stream().map(published -> new PolicyVersion(published.version(),
                published.effectiveFrom(), published.version().equals(inForce), published.document())).toList());
    }

    record Policies(List<PolicyVersion> policies) {
    }

    /** @param inForce whether this is the version decisions apply now */
    record PolicyVersion(String version, Instant effectiveFrom, boolean inForce, JsonNode document) {
    }
}
