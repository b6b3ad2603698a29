package org.finops.certification.command.member.application;

import org.finops.certification.command.policy.Policy;
import org.finops.certification.command.rules.InvalidInput;
import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.RuleViolation;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CommunityContribution;
import org.finops.certification.events.FocusEvidence;
import org.finops.certification.events.Offering;

import java.util.List;

/** What an application or a renewal request puts forward for review. */
public record ApplicationContent(Offering offering, List<CapabilityClaim> capabilities, FocusEvidence focus,
                                 List<CommunityContribution> community) {
    public ApplicationContent {
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        community = community == null ? List.of() : List.copyOf(community);
    }

    /** The offering must suit the type, and every capability claimed must be one the policy knows for it. */
    public void requireFitFor(CertificationType type, Policy policy) {
        OfferingFit.misfit(type, offering).ifPresent(misfit -> {
            throw new RuleViolation(Refusal.OFFERING_DOES_NOT_FIT_TYPE, misfit);
        });
        for (int i = 0; i < capabilities.size(); i++) {
            CapabilityClaim claim = capabilities.get(i);
            if (!policy.knowsCapability(type, claim.capabilityId())) {
                throw new InvalidInput("capabilities[" + i + "].capabilityId", "unknown capability '"
                        + claim.capabilityId() + "' in policy " + policy.version());
            }
        }
    }
}
