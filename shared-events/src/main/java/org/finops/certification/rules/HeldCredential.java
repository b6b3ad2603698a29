package org.finops.certification.rules;

import org.finops.certification.events.IndividualCertificationType;

import java.time.LocalDate;

/**
 * One individual certification held by a person working at a member. Whether it counts on a day is decided here
 * once: approval counts with it, compliance and the member's list of its people show it.
 */
public record HeldCredential(String credentialId, String personId, IndividualCertificationType type,
                             LocalDate issuedOn, LocalDate expiresOn) {

    /** A credential counts until the end of its expiry day; one without an expiry counts for as long as it is held. */
    public boolean isCurrentOn(LocalDate day) {
        return countsOn(expiresOn, day);
    }

    /** The same rule for whoever keeps only a credential's expiry (the member's decisions do). */
    public static boolean countsOn(LocalDate expiresOn, LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
