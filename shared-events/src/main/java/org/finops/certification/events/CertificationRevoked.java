package org.finops.certification.events;

public record CertificationRevoked(String memberId, String certificationId, String reason) implements CertificationEvent, Explained {
}
