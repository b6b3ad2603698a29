package org.finops.certification.query.mark;

import org.finops.certification.query.credential.OpenBadges;

import java.time.Instant;

/**
 * What the mark says of a certification now, in words and colour. Only a certification in force and within its
 * validity shows as certified: revoked, suspended and expired ones say so, and one past its end whose expiry has
 * not been recorded yet already shows as expired, never as valid.
 */
enum MarkState {
    CERTIFIED("Certified", "#1b5e20"),
    RENEWAL_DUE("Certified, renewal due", "#1b5e20"),
    SUSPENDED("Suspended", "#8a4b00"),
    REVOKED("Revoked", "#b3261e"),
    EXPIRED("Expired", "#4a4a4a"),
    UNKNOWN("No such certification", "#4a4a4a");

    private final String words;
    private final String colour;

    MarkState(String words, String colour) {
        this.words = words;
        this.colour = colour;
    }

    static MarkState of(OpenBadges.Certified certified, Instant now) {
        if (!now.isBefore(certified.validUntil())) {
            return certified.status().equals("REVOKED") ? REVOKED : EXPIRED;
        }
        return switch (certified.status()) {
            case "ACTIVE" -> CERTIFIED;
            case "RENEWAL_DUE" -> RENEWAL_DUE;
            case "SUSPENDED" -> SUSPENDED;
            case "REVOKED" -> REVOKED;
            default -> EXPIRED;
        };
    }

    String words() {
        return words;
    }

    String colour() {
        return colour;
    }

    boolean valid() {
        return this == CERTIFIED || this == RENEWAL_DUE;
    }
}
