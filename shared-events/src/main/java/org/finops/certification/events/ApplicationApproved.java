package org.finops.certification.events;

public record ApplicationApproved(String memberId, String applicationId, String certificationId, CertificationType type,
        String comment, String policyVersion) implements ApplicationEvent, PolicyBound {
}
