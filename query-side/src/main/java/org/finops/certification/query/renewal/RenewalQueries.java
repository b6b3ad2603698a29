package org.finops.certification.query.renewal;

import org.finops.certification.query.renewal.RenewalController.Due;
import org.finops.certification.query.renewal.RenewalController.Reminder;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The SQL of the renewals due: certifications in force ending by a horizon, and the reminders each was sent. */
@Component
class RenewalQueries {

    /** Soonest first, each with the reminders sent for its current period in the order they went out. */
    List<Due> dueBy(ViewStore views, Instant horizon) {
        List<Due> due = views.jdbc().query("SELECT certification_id, member_id, legal_name, type, status, valid_until"
                        + " FROM " + views.table("renewal_due") + " WHERE valid_until <= ?"
                        + " ORDER BY valid_until, certification_id",
                (row, n) -> new Due(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getTimestamp(6).toInstant(), List.of()), Timestamp.from(horizon));
        return due.stream().map(certification -> withReminders(views, certification)).toList();
    }

    private static Due withReminders(ViewStore views, Due due) {
        List<Reminder> sent = views.jdbc().query("SELECT reminder_offset, due_at, sent_at FROM renewal_reminder"
                        + " WHERE certification_id = ? AND valid_until = ? AND state IN ('MAILED', 'SENT')"
                        + " ORDER BY sent_at",
                (row, n) -> new Reminder(row.getString(1), row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3).toInstant()), due.certificationId(), Timestamp.from(due.validUntil()));
        return new Due(due.certificationId(), due.memberId(), due.legalName(), due.type(), due.status(),
                due.validUntil(), sent);
    }
}
