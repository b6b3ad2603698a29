package org.finops.certification.query.certification;

import org.finops.certification.events.CertificationEvent;
import org.finops.certification.events.CertificationType;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;
import org.finops.certification.rules.CertificationStatus;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Certification status ({@code certification_status}) and every state it passed through
 * ({@code certification_history}), from which {@code as-of} answers. The states come from the shared state machine
 * ({@link CertificationState}); each new one is handed to the views that follow it.
 */
@Component
public class CertificationProjection implements Projection {
    private final List<CertificationStateView> followers;

    public CertificationProjection(List<CertificationStateView> followers) {
        this.followers = followers;
    }

    @Override
    public void on(ProjectedEvent event, ViewStore views) {
        if (!(event.payload() instanceof CertificationEvent certificationEvent)) {
            return;
        }
        Optional<CertificationState> current = current(views, certificationEvent.certificationId());
        Optional<CertificationState> next = current.isPresent()
                ? current.map(state -> state.next(certificationEvent))
                : CertificationState.begunBy(certificationEvent);
        // the machine answers the very same state for an event that does not move it: nothing to record then
        if (next.isEmpty() || current.isPresent() && next.get() == current.get()) {
            return;
        }
        record(event, views, next.get());
        followers.forEach(view -> view.on(next.get(), event, views));
    }

    private static void record(ProjectedEvent event, ViewStore views, CertificationState state) {
        views.jdbc().update("INSERT INTO " + views.table("certification_status") + " (certification_id, member_id,"
                        + " type, status, granted_on, valid_until, policy_version, renewal_window_open, position,"
                        + " period_start) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (certification_id) DO UPDATE"
                        + " SET type = EXCLUDED.type, status = EXCLUDED.status, valid_until = EXCLUDED.valid_until,"
                        + " policy_version = EXCLUDED.policy_version, period_start = EXCLUDED.period_start,"
                        + " renewal_window_open = EXCLUDED.renewal_window_open, position = EXCLUDED.position",
                state.certificationId(), state.memberId(), state.type().name(), state.status().name(),
                ts(state.grantedOn()), ts(state.validUntil()), state.policyVersion(), state.windowOpen(),
                event.position(), ts(state.periodStart()));
        views.jdbc().update("INSERT INTO " + views.table("certification_history") + " (certification_id, position,"
                        + " occurred_at, event_type, member_id, type, status, granted_on, valid_until, policy_version,"
                        + " renewal_window_open) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                state.certificationId(), event.position(), ts(event.time()), event.type(), state.memberId(),
                state.type().name(), state.status().name(), ts(state.grantedOn()), ts(state.validUntil()),
                state.policyVersion(), state.windowOpen());
    }

    static Optional<CertificationState> current(ViewStore views, String certificationId) {
        return views.jdbc().query("SELECT certification_id, member_id, type, status, granted_on, valid_until,"
                        + " policy_version, renewal_window_open, period_start FROM "
                        + views.table("certification_status") + " WHERE certification_id = ?",
                (row, n) -> new CertificationState(row.getString(1), row.getString(2),
                        CertificationType.valueOf(row.getString(3)), CertificationStatus.valueOf(row.getString(4)),
                        row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant(), row.getString(7),
                        row.getBoolean(8), row.getTimestamp(9).toInstant()), certificationId).stream().findFirst();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
