package org.finops.certification.query.renewal;

import io.swagger.v3.oas.annotations.Operation;
import org.finops.certification.events.IsoDuration;
import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.support.security.Access;
import org.finops.certification.support.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping("/api/v1/renewals")
class RenewalController {
    private final ViewGenerations generations;
    private final Access access;
    private final Clock clock;

    RenewalController(ViewGenerations generations, Access access, Clock clock) {
        this.generations = generations;
        this.access = access;
        this.clock = clock;
    }

    /** Certifications in force whose validity ends within the period, soonest first. */
    @Operation(summary = "Certifications whose validity ends within the period, soonest first, with the reminders sent")
    @GetMapping("/due")
    RenewalsDue due(@RequestParam(defaultValue = "P90D") String within) {
        access.reader();
        if (!IsoDuration.isValid(within)) {
            throw new InvalidRequest("within", "must be a positive ISO-8601 duration such as P90D or PT2M");
        }
        Instant now = clock.instant();
        Instant horizon = IsoDuration.parse(within).after(now);
        ViewStore views = generations.active();
        List<Due> due = views.jdbc().query("SELECT certification_id, member_id, legal_name, type, status, valid_until"
                        + " FROM " + views.table("renewal_due") + " WHERE valid_until <= ?"
                        + " ORDER BY valid_until, certification_id",
                (row, n) -> new Due(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getTimestamp(6).toInstant(), List.of()), Timestamp.from(horizon));
        return new RenewalsDue(within, horizon, due.stream().map(this::withReminders).toList());
    }

    /** The reminders sent for the certification's current period, in the order they went out. */
    private Due withReminders(Due due) {
        List<Reminder> sent = views().jdbc().query("SELECT reminder_offset, due_at, sent_at FROM renewal_reminder"
                        + " WHERE certification_id = ? AND valid_until = ? AND state IN ('MAILED', 'SENT') ORDER BY sent_at",
                (row, n) -> new Reminder(row.getString(1), row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3).toInstant()), due.certificationId(), Timestamp.from(due.validUntil()));
        return new Due(due.certificationId(), due.memberId(), due.legalName(), due.type(), due.status(),
                due.validUntil(), sent);
    }

    private ViewStore views() {
        return generations.active();
    }

    /** The certifications due within {@code within}, that is until {@code until}. */
    record RenewalsDue(String within, Instant until, List<Due> certifications) {
    }

    record Due(String certificationId, String memberId, String legalName, String type, String status,
               Instant validUntil, List<Reminder> remindersSent) {
    }

    record Reminder(String offset, Instant dueAt, Instant sentAt) {
    }
}
