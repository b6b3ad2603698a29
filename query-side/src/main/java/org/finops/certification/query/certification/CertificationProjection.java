package org.finops.certification.query.certification;

import org.finops.certification.events.CertificationEvent;
import org.finops.certification.events.CertificationType;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.SideBySide;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;
import org.finops.certification.rules.CertificationStatus;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Certification status ({@code certification_status}) and every state it passed through
 * ({@code certification_history}), from which {@code as-of} answers. The states come from the shared state machine
 * ({@link CertificationState}), run in memory over a batch from the states stored before it (read in one
 * statement); the states passed through are written in one statement, the latest of each certification in
 * another, and the latest are handed to the views that follow them. While a rebuild fills a generation in bulk,
 * each worker holds the latest states instead and writes them once, when its part of the fill ends: a certification
 * moves in many batches over the years, and its row and the views' rows would be written again in each.
 */
@Component
public class CertificationProjection implements Projection {
    private static final String[] STATUS = {"certification_id", "member_id", "type", "status", "granted_on",
            "valid_until", "policy_version", "renewal_window_open", "position", "period_start"};
    private static final String[] HISTORY = {"certification_id", "position", "occurred_at", "event_type",
            "member_id", "type", "status", "granted_on", "valid_until", "policy_version", "renewal_window_open"};

    private final List<CertificationStateView> followers;

    public CertificationProjection(List<CertificationStateView> followers) {
        this.followers = followers;
    }

    @Override
    public void onAll(List<ProjectedEvent> events, ViewStore views) {
        List<ProjectedEvent> ofCertifications = events.stream()
                .filter(event -> event.payload() instanceof CertificationEvent).toList();
        if (ofCertifications.isEmpty()) {
            return;
        }
        List<String> certificationIds = ofCertifications.stream()
                .map(event -> ((CertificationEvent) event.payload()).certificationId()).distinct().toList();
        Map<String, CertificationState> states = views.filling() ? inHand(held(views), certificationIds)
                : stored(views, certificationIds);
        Map<String, Moved> latest = new LinkedHashMap<>();
        Rows history = Rows.of("varchar", "int8", "timestamptz", "varchar", "varchar", "varchar", "varchar",
                "timestamptz", "timestamptz", "varchar", "bool");
        for (ProjectedEvent event : ofCertifications) {
            CertificationEvent certificationEvent = (CertificationEvent) event.payload();
            CertificationState current = states.get(certificationEvent.certificationId());
            Optional<CertificationState> next = current != null ? Optional.of(current.next(certificationEvent))
                    : CertificationState.begunBy(certificationEvent);
            // the machine answers the very same state for an event that does not move it: nothing to record then
            if (next.isEmpty() || next.get() == current) {
                continue;
            }
            CertificationState state = next.get();
            states.put(state.certificationId(), state);
            latest.put(state.certificationId(), new Moved(state, event.position()));
            history.add(state.certificationId(), event.position(), event.time(), event.type(), state.memberId(),
                    state.type().name(), state.status().name(), state.grantedOn(), state.validUntil(),
                    state.policyVersion(), state.windowOpen());
        }
        history.appendTo(views, "certification_history", HISTORY);
        if (views.filling()) {
            held(views).putAll(latest);
        } else {
            write(latest.values(), views);
        }
    }

    /**
     * Writes the latest state of every certification this worker of a rebuild moved, once each, and hands them to
     * the views that follow them; those that join the member view write theirs once every worker is done
     * ({@link #afterFill}): joined here, worker by worker and in chunks, the member view was read again for each
     * (10 s for 300,000 certifications against the replay's 11, 2026-12-05).
     */
    @Override
    public void endOfFill(ViewStore views) {
        write(held(views).values(), views);
        held(views).clear();
    }

    /**
     * Every worker has stored its certifications' status: the views that follow it are written whole, side by side
     * (each a statement of its own, on a connection of its own).
     */
    @Override
    public void afterFill(ViewStore views) {
        SideBySide.run("after-fill", 2, followers.stream().<Runnable>map(view -> () -> view.afterFill(views))
                .toList());
    }

    /**
     * The type of the certification as this worker of a rebuild holds it, for a view that needs it before the end
     * of the fill; empty when the generation takes live events (its status is stored) or the certification has not
     * moved in this fill.
     */
    public static Optional<CertificationType> heldType(ViewStore views, String certificationId) {
        Moved moved = views.filling() ? held(views).get(certificationId) : null;
        return moved == null ? Optional.empty() : Optional.of(moved.state().type());
    }

    private static Map<String, Moved> held(ViewStore views) {
        return views.fill().held(CertificationProjection.class, HashMap::new);
    }

    private static Map<String, CertificationState> inHand(Map<String, Moved> held, List<String> certificationIds) {
        Map<String, CertificationState> states = new HashMap<>();
        certificationIds.forEach(id -> {
            Moved moved = held.get(id);
            if (moved != null) {
                states.put(id, moved.state());
            }
        });
        return states;
    }

    /** The latest states into the status, then handed to the views that follow them. */
    private void write(Collection<Moved> latest, ViewStore views) {
        Rows status = Rows.of("varchar", "varchar", "varchar", "varchar", "timestamptz", "timestamptz", "varchar",
                "bool", "int8", "timestamptz");
        latest.forEach(moved -> {
            CertificationState state = moved.state();
            status.add(state.certificationId(), state.memberId(), state.type().name(), state.status().name(),
                    state.grantedOn(), state.validUntil(), state.policyVersion(), state.windowOpen(), moved.position(),
                    state.periodStart());
        });
        if (views.filling()) {
            // each certification once, at the end of the fill; the key is built after it
            status.appendTo(views, "certification_status", STATUS);
        } else {
            status.insertInto(views, "certification_status", STATUS, "(certification_id) DO UPDATE"
                    + " SET type = EXCLUDED.type, status = EXCLUDED.status, valid_until = EXCLUDED.valid_until,"
                    + " policy_version = EXCLUDED.policy_version, period_start = EXCLUDED.period_start,"
                    + " renewal_window_open = EXCLUDED.renewal_window_open, position = EXCLUDED.position");
        }
        List<CertificationState> moved = latest.stream().map(Moved::state).toList();
        followers.forEach(view -> view.onAll(moved, views));
    }

    /** The certifications' states as stored before the batch, by id; those not stored yet are absent. */
    static Map<String, CertificationState> stored(ViewStore views, List<String> certificationIds) {
        Map<String, CertificationState> states = new HashMap<>();
        views.jdbc().query(connection -> {
            PreparedStatement select = connection.prepareStatement("SELECT certification_id, member_id, type, status,"
                    + " granted_on, valid_until, policy_version, renewal_window_open, period_start FROM "
                    + views.table("certification_status") + " WHERE certification_id = ANY (?)");
            select.setArray(1, connection.createArrayOf("varchar", certificationIds.toArray()));
            return select;
        }, row -> {
            CertificationState state = new CertificationState(row.getString(1), row.getString(2),
                    CertificationType.valueOf(row.getString(3)), CertificationStatus.valueOf(row.getString(4)),
                    row.getTimestamp(5).toInstant(), row.getTimestamp(6).toInstant(), row.getString(7),
                    row.getBoolean(8), row.getTimestamp(9).toInstant());
            states.put(state.certificationId(), state);
        });
        return states;
    }

    /** The views that follow the states join the member view. */
    @Override
    public Reads reads() {
        return Reads.MEMBERS;
    }

    private record Moved(CertificationState state, long position) {
    }
}
