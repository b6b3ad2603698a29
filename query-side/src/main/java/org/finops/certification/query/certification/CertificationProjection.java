package org.finops.certification.query.certification;

import org.finops.certification.events.CertificationExpired;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.RenewalWindowOpened;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.ViewStore;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Certification status ({@code certification_status}) and every state it passed through
 * ({@code certification_history}), from which {@code as-of} answers. Runs before the projections that read it.
 */
@Component
@Order(1)
public class CertificationProjection implements Projection {

    @Override
    public void on(ProjectedEvent event, ViewStore views) {
        switch (event.payload()) {
            case CertificationGranted granted -> record(event, views, new State(granted.certificationId(),
                    granted.memberId(), granted.type().name(), "ACTIVE", granted.grantedOn(), granted.validUntil(),
                    granted.policyVersion(), false, granted.grantedOn()));
            case LegacyCertificationImported legacy -> record(event, views, new State(legacy.certificationId(),
                    legacy.memberId(), legacy.legacyType().name(), "ACTIVE", legacy.grantedOn(), legacy.validUntil(),
                    null, false, legacy.grantedOn()));
            case CertificationRenewed renewed -> current(views, renewed.certificationId()).ifPresent(state ->
                    record(event, views, state.renewed(renewed.type().name(), renewed.validFrom(),
                            renewed.validUntil(), renewed.policyVersion())));
            case RenewalWindowOpened opened -> current(views, opened.certificationId()).ifPresent(state ->
                    record(event, views, state.windowOpened()));
            case CertificationExpired expired -> current(views, expired.certificationId()).ifPresent(state ->
                    record(event, views, state.withStatus("EXPIRED")));
            case CertificationSuspended suspended -> current(views, suspended.certificationId()).ifPresent(state ->
                    record(event, views, state.withStatus("SUSPENDED")));
            case CertificationReinstated reinstated -> current(views, reinstated.certificationId()).ifPresent(state ->
                    record(event, views, state.withStatus(state.windowOpen() ? "RENEWAL_DUE" : "ACTIVE")));
            case CertificationRevoked revoked -> current(views, revoked.certificationId()).ifPresent(state ->
                    record(event, views, state.withStatus("REVOKED")));
            default -> {
            }
        }
    }

    private static void record(ProjectedEvent event, ViewStore views, State state) {
        views.jdbc().update("INSERT INTO " + views.table("certification_status") + " (certification_id, member_id,"
                        + " type, status, granted_on, valid_until, policy_version, renewal_window_open, position,"
                        + " period_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (certification_id) DO UPDATE"
                        + " SET type = EXCLUDED.type, status = EXCLUDED.status, valid_until = EXCLUDED.valid_until,"
                        + " policy_version = EXCLUDED.policy_version, period_start = EXCLUDED.period_start,"
                        + " renewal_window_open = EXCLUDED.renewal_window_open, position = EXCLUDED.position",
                state.certificationId(), state.memberId(), state.type(), state.status(), ts(state.grantedOn()),
                ts(state.validUntil()), state.policyVersion(), state.windowOpen(), event.position(),
                ts(state.periodStart()));
        views.jdbc().update("INSERT INTO " + views.table("certification_history") + " (certification_id, position,"
                        + " occurred_at, event_type, member_id, type, status, granted_on, valid_until, policy_version,"
                        + " renewal_window_open) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                state.certificationId(), event.position(), ts(event.time()), event.type(), state.memberId(),
                state.type(), state.status(), ts(state.grantedOn()), ts(state.validUntil()), state.policyVersion(),
                state.windowOpen());
    }

    static Optional<State> current(ViewStore views, String certificationId) {
        List<State> found = views.jdbc().query("SELECT certification_id, member_id, type, status, granted_on,"
                        + " valid_until, policy_version, renewal_window_open, period_start FROM "
                        + views.table("certification_status") + " WHERE certification_id = ?",
                (row, n) -> new State(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant(), row.getString(7),
                        row.getBoolean(8), row.getTimestamp(9).toInstant()), certificationId);
        return found.stream().findFirst();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** The state a certification event moves to; suspension survives a renewal and an opened window. */
    record State(String certificationId, String memberId, String type, String status, Instant grantedOn,
                 Instant validUntil, String policyVersion, boolean windowOpen, Instant periodStart) {

        State withStatus(String newStatus) {
            return new State(certificationId, memberId, type, newStatus, grantedOn, validUntil, policyVersion,
                    windowOpen, periodStart);
        }

        State renewed(String newType, Instant validFrom, Instant newValidUntil, String newPolicyVersion) {
            String newStatus = status.equals("SUSPENDED") ? status : "ACTIVE";
            return new State(certificationId, memberId, newType, newStatus, grantedOn, newValidUntil,
                    newPolicyVersion, false, validFrom);
        }

        State windowOpened() {
            String newStatus = status.equals("SUSPENDED") ? status : "RENEWAL_DUE";
            return new State(certificationId, memberId, type, newStatus, grantedOn, validUntil, policyVersion, true,
                    periodStart);
        }
    }
}
