package org.finops.certification.query.audit;

import org.finops.certification.events.EventFields;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.AppendOnlyProjection;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Every decision and refusal, in stream order: the event, when, who, why, under which policy version, and the
 * event itself, so that an auditor can explain it years later.
 */
@Component
public class AuditProjection implements AppendOnlyProjection {

    @Override
    public void onAll(List<ProjectedEvent> events, ViewStore views) {
        if (events.isEmpty()) {
            return;
        }
        List<Object[]> rows = events.stream().map(AuditProjection::row).toList();
        views.jdbc().batchUpdate("INSERT INTO " + views.table("audit_entry") + " (position, event_id, event_type,"
                + " occurred_at, actor, reason, policy_version, member_id, certification_id, application_id,"
                + " correlation_id, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", rows);
    }

    private static Object[] row(ProjectedEvent event) {
        Object payload = event.payload();
        return new Object[]{event.position(), event.id(), event.type(), Timestamp.from(event.time()), event.actor(),
                reasonOf(payload),
                event.policyVersion() != null ? event.policyVersion() : text(payload, "policyVersion"),
                event.memberId(), text(payload, "certificationId"), text(payload, "applicationId"),
                event.correlationId(), event.json()};
    }

    /** The why of a decision: a reason, a comment, or for a refusal both what was asked and why it was refused. */
    private static String reasonOf(Object payload) {
        String refusal = text(payload, "refusal");
        if (refusal != null) {
            String asked = text(payload, "requestReason");
            return asked == null ? refusal : asked + " | refused: " + refusal;
        }
        String reason = text(payload, "reason");
        return reason != null ? reason : text(payload, "comment");
    }

    private static String text(Object payload, String field) {
        return EventFields.text(payload, field);
    }
}
