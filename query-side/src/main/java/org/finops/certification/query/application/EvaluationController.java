package org.finops.certification.query.application;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.contract.ApiPaths;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.FocusEvidence;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.member.MemberHoldings;
import org.finops.certification.query.policy.PolicyInForce;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.Eligibility;
import org.finops.certification.support.security.Access;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

/**
 * An application judged against the policy in force by the rule approval decides with ({@link Eligibility}): each
 * criterion held against required, so staff see what is missing before they decide, not from a refusal after.
 */
@RestController
class EvaluationController {
    private final ViewGenerations generations;
    private final Access access;
    private final ApplicationQueries applications;
    private final MemberHoldings holdings;
    private final PolicyInForce policyInForce;
    private final JsonMapper json;

    EvaluationController(ViewGenerations generations, Access access, ApplicationQueries applications,
                         MemberHoldings holdings, PolicyInForce policyInForce, JsonMapper json) {
        this.json = json;
        this.generations = generations;
        this.access = access;
        this.applications = applications;
        this.holdings = holdings;
        this.policyInForce = policyInForce;
    }

    /** Each criterion of the application, met or not; {@code met} when approval would not be refused for them. */
    record Evaluation(String applicationId, String memberId, String type, String policyVersion, String sizeBand,
                      boolean met, List<Criterion> criteria) {
    }

    record Criterion(String criterion, int required, int held, boolean met) {
    }

    @Operation(summary = "An application judged against the policy in force by the rule approval applies: each"
            + " criterion (individual certifications per column, capability total, FOCUS) with held, required, met")
    @GetMapping(ApiPaths.APPLICATIONS + "/{applicationId}/evaluation")
    Evaluation evaluation(@PathVariable String applicationId) {
        ViewStore views = generations.active();
        ApplicationView application = applications.one(views, applicationId);
        access.readerOf(application.memberId());
        PolicyPublished policy = policyInForce.published(views);
        CertificationType type = CertificationType.valueOf(application.type()).renewsAs();
        SizeBand band = holdings.band(views, application.memberId());
        Map<IndividualCertificationType, Integer> held = holdings.current(views, application.memberId());
        JsonNode submitted = application.submission() == null ? json.createObjectNode() : application.submission();
        List<CapabilityClaim> claims = json.convertValue(submitted.path("capabilities").isArray()
                ? submitted.path("capabilities") : json.createArrayNode(), new TypeReference<>() { });
        FocusEvidence focus = submitted.path("focus").isObject()
                ? json.convertValue(submitted.path("focus"), FocusEvidence.class) : null;
        List<Criterion> criteria = Eligibility.of(policy, type, band, types -> MemberHoldings.holding(held, types),
                        claims, focus).stream()
                .map(criterion -> new Criterion(criterion.name(), criterion.required(), criterion.held(),
                        criterion.met())).toList();
        return new Evaluation(applicationId, application.memberId(), type.name(), policy.policyVersion(), band.code(),
                criteria.stream().allMatch(Criterion::met), criteria);
    }
}
