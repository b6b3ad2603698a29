package org.finops.certification.events;

public record IndividualCertificationWithdrawn(String memberId, String credentialId, IndividualCertificationType type, String reason) implements MemberEvent, Explained {
}
