package org.finops.certification.events;

import java.time.Instant;

public record CertificationRenewed(String memberId, String certificationId, String applicationId, CertificationType type,
        Instant previousValidUntil, Instant validFrom, Instant validUntil, String policyVersion) implements CertificationEvent, PolicyBound {
}
