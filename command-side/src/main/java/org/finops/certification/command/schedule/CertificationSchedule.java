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

import java.time.Instant;

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

    private void plan(String certificationId, String memberId, Instant validUntil, Policy policy) {
        jdbc.update("DELETE FROM reminder_schedule WHERE certification_id = ?", certificationId);
        for (String offset : policy.reminders()) {
            jdbc.update("INSERT INTO reminder_schedule (certification_id, reminder_offset, member_id, due_at)"
                            + " VALUES (?, ?, ?, ?)", certificationId, offset, memberId,
                    java.sql.Timestamp.from(policy.reminderMoment(validUntil, offset)));
        }
        jdbc.update("INSERT INTO certification_schedule (certification_id, member_id, window_opens_at, expires_at,"
                        + " window_opened) VALUES (?, ?, ?, ?, false) ON CONFLICT (certification_id) DO UPDATE SET"
                        + " window_opens_at = EXCLUDED.window_opens_at, expires_at = EXCLUDED.expires_at,"
                        + " window_opened = false", certificationId, memberId,
                java.sql.Timestamp.from(policy.renewalWindowOpens(validUntil)), java.sql.Timestamp.from(validUntil));
    }

    private void unplan(String certificationId) {
        jdbc.update("DELETE FROM certification_schedule WHERE certification_id = ?", certificationId);
        jdbc.update("DELETE FROM reminder_schedule WHERE certification_id = ?", certificationId);
    }

    private Policy policy(String version, Instant at) {
        return policies.version(version).orElseGet(() -> policies.inForceAt(at));
    }
}
