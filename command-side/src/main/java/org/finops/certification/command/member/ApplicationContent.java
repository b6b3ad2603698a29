package org.finops.certification.command.member;

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
}
