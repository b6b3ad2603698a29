package org.finops.certification.query.reminder;

import java.time.Instant;

/**
 * A reminder that is due: for a certification's current period, at {@code offset} before it ends; {@code mailed}
 * once the e-mail went out and only the notification is owed.
 */
public record OwedReminder(String certificationId, String memberId, String legalName, String certificationType,
                           Instant validUntil, String offset, Instant dueAt, String recipient, boolean mailed) {

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
