package org.finops.certification.events;

import java.time.Instant;

/**
 * A member was reminded that its certification runs out: published on {@code certification.notifications.v1}
 * once per certification, period and reminder offset ({@code P30D}: thirty days before {@code validUntil}).
 */
public record RenewalReminderIssued(String memberId, String certificationId, String certificationType,
                                    Instant validUntil, String reminderOffset, Instant dueAt) implements CertificationEvent {
}
