package org.finops.certification.query.reminder;

import java.time.Instant;

/**
 * A reminder that is due: for a certification's current period, at {@code offset} before it ends; {@code mailedAt}
 * is set once the e-mail went out (or there was no one to mail) and only the notification is owed.
 */
public record OwedReminder(String certificationId, String memberId, String legalName, String certificationType,
                           Instant validUntil, String offset, Instant dueAt, String recipient, Instant mailedAt) {

    /** The same for every attempt, so that a resend after a crash is recognisably the same message. */
    public String messageId() {
        return "<reminder." + certificationId + "." + validUntil.toEpochMilli() + "." + offset
                + "@certification.finops.org>";
    }

    public String eventId() {
        return java.util.UUID.nameUUIDFromBytes(messageId().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
