package org.finops.certification.events;

import java.util.List;

public record ApplicationSubmitted(String memberId, String applicationId, CertificationType type, Offering offering,
        List<CapabilityClaim> capabilities, FocusEvidence focus, List<CommunityContribution> community,
        String basedOnCertificationId, String renewalOfCertificationId, String policyVersion) implements ApplicationEvent, PolicyBound {
}
