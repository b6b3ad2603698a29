package org.finops.certification.events;

import java.time.Instant;

public record RenewalWindowOpened(String memberId, String certificationId, Instant validUntil, String policyVersion) implements CertificationEvent, PolicyBound {
}
