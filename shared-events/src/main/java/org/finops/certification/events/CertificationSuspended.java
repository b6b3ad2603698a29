package org.finops.certification.events;

public record CertificationSuspended(String memberId, String certificationId, String reason) implements CertificationEvent, Explained {
}
