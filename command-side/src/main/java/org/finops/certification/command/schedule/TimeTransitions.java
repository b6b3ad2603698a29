package org.finops.certification.command.schedule;

import org.finops.certification.command.execution.AuditFacts;
import org.finops.certification.command.execution.Commands;
import org.finops.certification.command.member.certification.ExpireCertification;
import org.finops.certification.command.member.certification.IssueRenewalReminder;
import org.finops.certification.command.member.certification.OpenRenewalWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Moves certifications through time by itself: every poll ({@code CERT_SCHEDULER_POLL}) it takes the due rows of
 * the schedules (window, reminders, expiry), locked with SKIP LOCKED so that several instances share the work and never take the same row,
 * and sends the commands through {@link Commands} in the same transaction, which the schedule's handler updates. State lives only in
 * PostgreSQL, so a restart loses nothing and a moment that passed while the service was down is caught up.
 */
@Component
public class TimeTransitions {
    static final String ACTOR = "system:scheduler";
    private static final Logger log = LoggerFactory.getLogger(TimeTransitions.class);
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Commands commands;
    private final Clock clock;

    public TimeTransitions(JdbcTemplate jdbc, TransactionTemplate transactions, Commands commands, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cert.scheduler.poll:PT1M}", initialDelayString = "${cert.scheduler.poll:PT1M}")
    public void poll() {
        try {
            while (runBatch() == BATCH) {
                log.debug("more transitions are due; taking the next batch");
            }
        } catch (RuntimeException e) {
            log.error("time-driven transitions failed; retried at the next poll", e);
        }
    }

    /** @return how many due rows were handled */
    int runBatch() {
        return transactions.execute(tx -> {
            Timestamp now = Timestamp.from(clock.instant());
            List<Due> due = jdbc.query("SELECT certification_id, member_id, NOT window_opened AND window_opens_at <= ?,"
                            + " expires_at <= ? FROM certification_schedule WHERE (NOT window_opened"
                            + " AND window_opens_at <= ?) OR expires_at <= ? ORDER BY LEAST(window_opens_at, expires_at)"
                            + " LIMIT ? FOR UPDATE SKIP LOCKED",
                    (row, n) -> new Due(row.getString(1), row.getString(2), row.getBoolean(3), row.getBoolean(4)),
                    now, now, now, now, BATCH);
            AuditFacts audit = AuditFacts.system(ACTOR, "the policy's time came", UUID.randomUUID().toString());
            List<DueReminder> reminders = jdbc.query("DELETE FROM reminder_schedule WHERE (certification_id,"
                            + " reminder_offset) IN (SELECT certification_id, reminder_offset FROM reminder_schedule"
                            + " WHERE due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                            + " RETURNING certification_id, member_id, reminder_offset",
                    (row, n) -> new DueReminder(row.getString(1), row.getString(2), row.getString(3)), now, BATCH);
            for (DueReminder reminder : reminders) {
                commands.sendWithin(new IssueRenewalReminder(reminder.memberId(), reminder.certificationId(),
                        reminder.offset()), audit);
            }
            for (Due transition : due) {
                if (transition.windowDue()) {
                    commands.sendWithin(new OpenRenewalWindow(transition.memberId(), transition.certificationId()),
                            audit);
                }
                if (transition.expiryDue()) {
                    commands.sendWithin(new ExpireCertification(transition.memberId(), transition.certificationId()),
                            audit);
                }
            }
            return Math.max(due.size(), reminders.size());
        });
    }

    private record DueReminder(String certificationId, String memberId, String offset) {
    }

    private record Due(String certificationId, String memberId, boolean windowDue, boolean expiryDue) {
    }
}
