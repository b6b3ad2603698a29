package org.finops.certification.events;

import java.time.Instant;

public record CertificationExpired(String memberId, String certificationId, Instant validUntil) implements CertificationEvent {
}
