package org.finops.certification.events;

import java.time.Instant;

public record LegacyCertificationImported(String memberId, String certificationId, CertificationType legacyType, Instant grantedOn,
        Instant validUntil, String externalReference) implements CertificationEvent {
}
