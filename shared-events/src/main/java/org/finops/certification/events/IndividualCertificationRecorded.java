package org.finops.certification.events;

import java.time.LocalDate;

public record IndividualCertificationRecorded(String memberId, String credentialId, String personId, IndividualCertificationType type,
        LocalDate issuedOn, LocalDate expiresOn) implements MemberEvent {
}
