package org.finops.certification.query.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends each queued reminder once, however many instances run. An instance claims a reminder (SKIP LOCKED, so
 * two never take the same), e-mails the member's contact, publishes {@code RenewalReminderIssued}, and marks it
 * sent. SMTP has no transaction: if the process dies after the mail server took the e-mail and before the row
 * says so, the claim expires and the reminder goes out again with the same Message-ID and ce_id, which mail
 * systems and subscribers recognise as the same message. A reminder is never skipped.
 */
@Component
public class Reminders {
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final int BATCH = 50;

    private final ReminderMail mail;
    private final ReminderNotifications notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration claimTimeout;
    private final String instance = "query-side-" + UUID.randomUUID().toString().substring(0, 8);
    private final Counter sent;

    public Reminders(ReminderMail mail, ReminderNotifications notifications, JdbcTemplate jdbc, Clock clock,
                     MeterRegistry meters, @Value("${cert.reminders.claim-timeout:PT1M}") Duration claimTimeout) {
        this.mail = mail;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.claimTimeout = claimTimeout;
        this.sent = meters.counter("certification.reminders.sent");
    }

    @Scheduled(fixedDelayString = "${cert.scheduler.poll:PT1M}", initialDelayString = "PT2S")
    public void sendDue() {
        try {
            List<OwedReminder> claimed;
            do {
                claimed = claim(clock.instant());
                claimed.forEach(this::deliver);
            } while (claimed.size() == BATCH);
        } catch (RuntimeException e) {
            log.error("sending reminders failed; retried at the next poll", e);
        }
    }

    /** Pending reminders, and those whose claimant died before marking them sent. */
    private List<OwedReminder> claim(Instant now) {
        return jdbc.query("UPDATE renewal_reminder SET state = 'CLAIMED', claimed_by = ?, claimed_at = ?"
                        + " WHERE (certification_id, valid_until, reminder_offset) IN (SELECT certification_id,"
                        + " valid_until, reminder_offset FROM renewal_reminder WHERE state = 'PENDING'"
                        + " OR (state = 'CLAIMED' AND claimed_at < ?) ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                        + " RETURNING certification_id, member_id, legal_name, certification_type, valid_until,"
                        + " reminder_offset, due_at, recipient",
                (row, n) -> new OwedReminder(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant(), row.getString(6), row.getTimestamp(7).toInstant(),
                        row.getString(8)),
                instance, Timestamp.from(now), Timestamp.from(now.minus(claimTimeout)), BATCH);
    }

    private void deliver(OwedReminder reminder) {
        try {
            if (reminder.recipient() != null) {
                mail.send(reminder);
            }
            notifications.publish(reminder, clock.instant());
            jdbc.update("UPDATE renewal_reminder SET state = 'SENT', sent_at = ? WHERE certification_id = ?"
                            + " AND valid_until = ? AND reminder_offset = ? AND claimed_by = ?",
                    Timestamp.from(clock.instant()), reminder.certificationId(), Timestamp.from(reminder.validUntil()),
                    reminder.offset(), instance);
            sent.increment();
            log.info("reminded {} of {} ({} before {})", reminder.recipient(), reminder.certificationId(),
                    reminder.offset(), reminder.validUntil());
        } catch (Exception e) {
            log.warn("reminder {} for {} not delivered yet; retried once its claim expires: {}", reminder.offset(),
                    reminder.certificationId(), e.toString());
        }
    }
}
