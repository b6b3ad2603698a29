package org.finops.certification.command.schedule;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.finops.certification.command.infrastructure.Owners;
import org.finops.certification.command.policy.Policy;
import org.finops.certification.command.policy.PolicyCatalog;
import org.finops.certification.events.CertificationExpired;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.RenewalWindowOpened;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;

/**
 * The next time-driven decisions of every certification in force (window, reminders, expiry), written in the
 * transaction of the events that change them: a renewal replans them, an end removes them.
 */
@Component
@ProcessingGroup(Owners.PROCESSING_GROUP)
public class CertificationSchedule {
    private final JdbcTemplate jdbc;
    private final PolicyCatalog policies;

    public CertificationSchedule(JdbcTemplate jdbc, PolicyCatalog policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    @EventHandler
    void on(CertificationGranted event) {
        plan(event.certificationId(), event.memberId(), event.validUntil(), policy(event.policyVersion(),
                event.grantedOn()));
    }

    @EventHandler
    void on(LegacyCertificationImported event, @Timestamp Instant recordedAt) {
        plan(event.certificationId(), event.memberId(), event.validUntil(), policies.inForceAt(recordedAt));
    }

    @EventHandler
    void on(CertificationRenewed event) {
        plan(event.certificationId(), event.memberId(), event.validUntil(), policy(event.policyVersion(),
                event.validFrom()));
    }

    @EventHandler
    void on(RenewalWindowOpened event) {
        jdbc.update("UPDATE certification_schedule SET window_opened = true WHERE certification_id = ?",
                event.certificationId());
    }

    @EventHandler
    void on(CertificationExpired event) {
        unplan(event.certificationId());
    }

    @EventHandler
    void on(CertificationRevoked event) {
        unplan(event.certificationId());
    }

    /**
     * One statement: the reminders of the period (stale offsets gone, the others set), and the window and expiry.
     * The offsets kept and those deleted are disjoint, so the two writes to reminders never meet.
     */
    private void plan(String certificationId, String memberId, Instant validUntil, Policy policy) {
        List<String> offsets = policy.reminders();
        String[] dueAt = offsets.stream().map(offset -> policy.reminderMoment(validUntil, offset).toString())
                .toArray(String[]::new);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("WITH stale AS (DELETE FROM reminder_schedule"
                    + " WHERE certification_id = ? AND reminder_offset <> ALL (?::varchar[])), reminders AS ("
                    + "INSERT INTO reminder_schedule (certification_id, reminder_offset, member_id, due_at)"
                    + " SELECT ?, r.reminder_offset, ?, r.due_at FROM unnest(?::varchar[], ?::timestamptz[])"
                    + " AS r(reminder_offset, due_at) ON CONFLICT (certification_id, reminder_offset) DO UPDATE"
                    + " SET member_id = EXCLUDED.member_id, due_at = EXCLUDED.due_at)"
                    + " INSERT INTO certification_schedule (certification_id, member_id, window_opens_at, expires_at,"
                    + " window_opened) VALUES (?, ?, ?, ?, false) ON CONFLICT (certification_id) DO UPDATE SET"
                    + " window_opens_at = EXCLUDED.window_opens_at, expires_at = EXCLUDED.expires_at,"
                    + " window_opened = false");
            Array reminderOffsets = connection.createArrayOf("varchar", offsets.toArray());
            statement.setString(1, certificationId);
            statement.setArray(2, reminderOffsets);
            statement.setString(3, certificationId);
            statement.setString(4, memberId);
            statement.setArray(5, reminderOffsets);
            statement.setArray(6, connection.createArrayOf("varchar", dueAt));
            statement.setString(7, certificationId);
            statement.setString(8, memberId);
            statement.setTimestamp(9, java.sql.Timestamp.from(policy.renewalWindowOpens(validUntil)));
            statement.setTimestamp(10, java.sql.Timestamp.from(validUntil));
            return statement;
        });
    }

    private void unplan(String certificationId) {
        jdbc.update("WITH reminders AS (DELETE FROM reminder_schedule WHERE certification_id = ?)"
                + " DELETE FROM certification_schedule WHERE certification_id = ?", certificationId, certificationId);
    }

    private Policy policy(String version, Instant at) {
        return policies.version(version).orElseGet(() -> policies.inForceAt(at));
    }
}
