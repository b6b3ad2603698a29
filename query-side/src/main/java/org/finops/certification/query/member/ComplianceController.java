package org.finops.certification.query.member;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.policy.PolicyInForce;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping(ApiPaths.MEMBERS)
class ComplianceController {
    private final ViewGenerations generations;
    private final Access access;
    private final MemberHoldings holdings;
    private final PolicyInForce policyInForce;

    ComplianceController(ViewGenerations generations, Access access, MemberHoldings holdings,
                         PolicyInForce policyInForce) {
        this.generations = generations;
        this.access = access;
        this.holdings = holdings;
        this.policyInForce = policyInForce;
    }

    /** With {@code type}: that type's compliance; without: both current types. Under the policy in force now. */
    @Operation(summary = "A member's compliance: individual certifications held versus required, per column, under "
            + "the policy in force")
    @GetMapping("/{memberId}/compliance")
    Object compliance(@PathVariable String memberId, @RequestParam(required = false) String type) {
        access.readerOf(memberId);
        if (type != null && CertificationType.offered(type).isEmpty()) {
            throw new InvalidRequest("type", "must be one of " + CertificationType.offered());
        }
        ViewStore views = generations.active();
        SizeBand band = holdings.band(views, memberId);
        PolicyPublished policy = policyInForce.published(views);
        Map<IndividualCertificationType, Integer> held = holdings.current(views, memberId);
        if (type != null) {
            return Compliance.of(memberId, CertificationType.valueOf(type), band, policy, held);
        }
        return new Compliances(memberId, CertificationType.offered().stream()
                .map(current -> Compliance.of(memberId, current, band, policy, held)).toList());
    }

    /** Both current types' compliance of a member. */
    record Compliances(String memberId, List<Compliance> types) {
    }
}
