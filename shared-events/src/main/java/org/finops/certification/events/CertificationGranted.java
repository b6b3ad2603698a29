package org.finops.certification.events;

import java.time.Instant;

public record CertificationGranted(String memberId, String certificationId, String applicationId, CertificationType type,
        Instant grantedOn, Instant validUntil, String policyVersion) implements CertificationEvent, PolicyBound {
}
