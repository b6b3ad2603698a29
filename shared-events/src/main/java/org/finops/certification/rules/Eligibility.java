package org.finops.certification.rules;

import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.FocusEvidence;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.SizeBand;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Every criterion an application is judged on under a policy, written once: the individual certifications of each
 * counted column ({@link Requirements}), the total value of the capabilities claimed, and the FOCUS criteria, each
 * held against required. Approval refuses with the unmet ones; a review shows them all before staff decide.
 */
public final class Eligibility {
    public static final String CAPABILITY_TOTAL = "CAPABILITY_TOTAL";
    public static final String FOCUS_CRITERIA = "FOCUS_CRITERIA";

    private Eligibility() {
    }

    /** One criterion: what the policy requires and what the member holds or claims. */
    public record Criterion(String name, int required, int held) {
        public boolean met() {
            return held >= required;
        }
    }

    /**
     * @param holding how many current credentials the member holds of any of the given types
     * @return the counted columns in the policy's order, then the capability total, then FOCUS
     */
    public static List<Criterion> of(PolicyPublished policy, CertificationType type, SizeBand band,
                                     ToIntFunction<List<IndividualCertificationType>> holding,
                                     Collection<CapabilityClaim> claims, FocusEvidence focus) {
        List<Criterion> criteria = new ArrayList<>();
        for (Requirements.Counted column : Requirements.counted(policy, type, band, holding)) {
            criteria.add(new Criterion(column.column().name(), column.required(), column.held()));
        }
        criteria.add(new Criterion(CAPABILITY_TOTAL, policy.minimumCapabilityTotal().getOrDefault(type, 0),
                capabilityTotal(policy, type, claims)));
        criteria.add(new Criterion(FOCUS_CRITERIA, 1, focusCriteriaPresent(type, focus) ? 1 : 0));
        return criteria;
    }

    /** An eligibility check only, never a score: a capability claimed twice counts once. */
    private static int capabilityTotal(PolicyPublished policy, CertificationType type,
                                       Collection<CapabilityClaim> claims) {
        Map<String, Integer> values = policy.capabilities().getOrDefault(type, Map.of());
        Set<String> distinct = new LinkedHashSet<>();
        (claims == null ? List.<CapabilityClaim>of() : claims).forEach(claim -> distinct.add(claim.capabilityId()));
        return distinct.stream().mapToInt(id -> values.getOrDefault(id, 0)).sum();
    }

    /** A platform names the FOCUS version and modes it supports, a service provider its FOCUS work; both a link. */
    private static boolean focusCriteriaPresent(CertificationType type, FocusEvidence focus) {
        if (focus == null || isBlank(focus.referenceUrl())) {
            return false;
        }
        if (!type.certifiesAProduct()) {
            return !isBlank(focus.evidence());
        }
        return !isBlank(focus.version()) && focus.modes() != null && !focus.modes().isEmpty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
