package org.finops.certification.events;

public record CertificationReinstated(String memberId, String certificationId, String reason) implements CertificationEvent, Explained {
}
