package org.finops.certification.events;

import java.time.Instant;

/**
 * The moment of a reminder came for a certification's current period ({@code P30D}: thirty days before
 * {@code validUntil}), and the certification was neither renewed, revoked nor expired: the member is to be
 * reminded, once. The query side e-mails the contact and publishes {@link RenewalReminderIssued}.
 */
public record RenewalReminderDue(String memberId, String certificationId, Instant validUntil, String reminderOffset,
                                 Instant dueAt, String policyVersion) implements CertificationEvent, PolicyBound {
}
