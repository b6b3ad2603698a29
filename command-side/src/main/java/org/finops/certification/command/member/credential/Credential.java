package org.finops.certification.command.member.credential;

import org.finops.certification.events.IndividualCertificationType;

import java.time.LocalDate;

/** One individual certification held by a person working at the member. */
public record Credential(String credentialId, String personId, IndividualCertificationType type,
                         LocalDate issuedOn, LocalDate expiresOn) {

    public boolean isCurrentOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
