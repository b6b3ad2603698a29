package org.finops.certification.query.reminder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
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
 * two never take the same), e-mails the member's contact and records that at once (MAILED), then publishes
 * {@code RenewalReminderIssued} and marks it SENT. A reminder whose claimant died is claimed again after the claim
 * timeout: if it was MAILED the e-mail is not sent again, and the notification only if the topic does not hold it
 * already (the claimant may have died between publishing and marking SENT). SMTP has no transaction, so one window
 * remains: the mail server took the e-mail and the MAILED mark never landed (the process died, or the database
 * stayed out of reach for the whole claim timeout); then the e-mail goes out again with the same Message-ID, which
 * mail systems recognise. A reminder is never skipped.
 */
@Component
public class Reminders {
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final int BATCH = 50;
    private static final Duration MARK_RETRY = Duration.ofMillis(250);

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
                try (ReminderMail.Outbox outbox = mail.open()) {
                    claimed.forEach(reminder -> deliver(reminder, outbox));
                }
            } while (claimed.size() == BATCH);
        } catch (RuntimeException e) {
            log.error("sending reminders failed; retried at the next poll", e);
        }
    }

    /** Pending reminders, and those whose claimant died before marking them sent. */
    private List<OwedReminder> claim(Instant now) {
        return jdbc.query("UPDATE renewal_reminder SET state = CASE WHEN state = 'MAILED' THEN 'MAILED'"
                        + " ELSE 'CLAIMED' END, claimed_by = ?, claimed_at = ?"
                        + " WHERE (certification_id, valid_until, reminder_offset) IN (SELECT certification_id,"
                        + " valid_until, reminder_offset FROM renewal_reminder WHERE state = 'PENDING'"
                        + " OR (state IN ('CLAIMED', 'MAILED') AND claimed_at < ?) ORDER BY due_at LIMIT ?"
                        + " FOR UPDATE SKIP LOCKED)"
                        + " RETURNING certification_id, member_id, legal_name, certification_type, valid_until,"
                        + " reminder_offset, due_at, recipient, state, sent_at",
                (row, n) -> new OwedReminder(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant(), row.getString(6), row.getTimestamp(7).toInstant(),
                        row.getString(8), "MAILED".equals(row.getString(9)) ? row.getTimestamp(10).toInstant() : null),
                instance, Timestamp.from(now), Timestamp.from(now.minus(claimTimeout)), BATCH);
    }

    private void deliver(OwedReminder reminder, ReminderMail.Outbox outbox) {
        try {
            if (reminder.mailedAt() == null) {
                if (!stillClaimed(reminder)) {
                    return;
                }
                if (reminder.recipient() != null) {
                    outbox.send(reminder);
                }
                markMailed(reminder);
                notifications.publish(reminder, clock.instant());
            } else if (!notifications.alreadyPublished(reminder)) {
                notifications.publish(reminder, clock.instant());
            }
            mark(reminder, "SENT");
            sent.increment();
            log.info("reminded {} of {} ({} before {})", reminder.recipient(), reminder.certificationId(),
                    reminder.offset(), reminder.validUntil());
        } catch (Exception e) {
            log.warn("reminder {} for {} not delivered yet; retried once its claim expires: {}", reminder.offset(),
                    reminder.certificationId(), e.toString());
        }
    }

    /**
     * A claim taken with a batch may have run out while the reminders before it were sent (a slow mail server, a
     * starved machine), and another instance may have claimed it since: renew it just before mailing, or leave it.
     */
    private boolean stillClaimed(OwedReminder reminder) {
        int renewed = jdbc.update("UPDATE renewal_reminder SET claimed_at = ? WHERE certification_id = ?"
                        + " AND valid_until = ? AND reminder_offset = ? AND claimed_by = ? AND state = 'CLAIMED'",
                Timestamp.from(clock.instant()), reminder.certificationId(), Timestamp.from(reminder.validUntil()),
                reminder.offset(), instance);
        if (renewed == 0) {
            log.info("reminder {} for {} was claimed by another instance meanwhile", reminder.offset(),
                    reminder.certificationId());
        }
        return renewed == 1;
    }

    /**
     * The e-mail is out: the mark must land before the claim expires, or another instance mails again. So a
     * database that is briefly out of reach is waited for, up to the claim timeout.
     */
    private void markMailed(OwedReminder reminder) throws InterruptedException {
        Instant giveUp = clock.instant().plus(claimTimeout);
        while (true) {
            try {
                mark(reminder, "MAILED");
                return;
            } catch (DataAccessException e) {
                if (clock.instant().isAfter(giveUp)) {
                    throw e;
                }
                Thread.sleep(MARK_RETRY.toMillis());
            }
        }
    }

    private void mark(OwedReminder reminder, String state) {
        jdbc.update("UPDATE renewal_reminder SET state = ?, sent_at = COALESCE(sent_at, ?) WHERE certification_id = ?"
                        + " AND valid_until = ? AND reminder_offset = ? AND claimed_by = ?", state,
                Timestamp.from(clock.instant()), reminder.certificationId(), Timestamp.from(reminder.validUntil()),
                reminder.offset(), instance);
    }
}
