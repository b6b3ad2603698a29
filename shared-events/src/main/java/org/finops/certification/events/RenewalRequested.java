package org.finops.certification.events;

public record RenewalRequested(String memberId, String certificationId, String applicationId, CertificationType renewsAs,
        String policyVersion) implements CertificationEvent, PolicyBound {
}
