package org.finops.certification.query.audit;

import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationEvent;
import org.finops.certification.events.CertificationEvent;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.Explained;
import org.finops.certification.events.PolicyBound;
import org.finops.certification.events.RenewalRequested;
import org.finops.certification.events.TransferRefused;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Every decision and refusal, in stream order: the event, when, who, why, under which policy version, and the
 * event itself, so that an auditor can explain it years later.
 */
@Component
public class AuditProjection implements Projection {

    @Override
    public void onAll(List<ProjectedEvent> events, ViewStore views) {
        Rows rows = Rows.of("int8", "varchar", "varchar", "timestamptz", "varchar", "varchar", "varchar", "varchar",
                "varchar", "varchar", "varchar", "text");
        for (ProjectedEvent event : events) {
            Object payload = event.payload();
            String policyVersion = event.policyVersion() != null ? event.policyVersion()
                    : payload instanceof PolicyBound decided ? decided.policyVersion() : null;
            rows.add(event.position(), event.id(), event.type(), event.time(), event.actor(), reasonOf(payload),
                    policyVersion, event.memberId(), certificationOf(payload), applicationOf(payload),
                    event.correlationId(), event.json());
        }
        String[] columns = {"position", "event_id", "event_type", "occurred_at", "actor", "reason", "policy_version",
                "member_id", "certification_id", "application_id", "correlation_id", "details"};
        rows.appendTo(views, "audit_entry", columns);
    }

    private static String certificationOf(Object payload) {
        return switch (payload) {
            case CertificationEvent certification -> certification.certificationId();
            case ApplicationApproved approved -> approved.certificationId();
            default -> null;
        };
    }

    private static String applicationOf(Object payload) {
        return switch (payload) {
            case ApplicationEvent application -> application.applicationId();
            case CertificationGranted granted -> granted.applicationId();
            case CertificationRenewed renewed -> renewed.applicationId();
            case RenewalRequested requested -> requested.applicationId();
            default -> null;
        };
    }

    /** The why of a decision: a reason, a comment, or for a refusal both what was asked and why it was refused. */
    private static String reasonOf(Object payload) {
        return switch (payload) {
            case TransferRefused refused -> refused.requestReason() == null ? refused.refusal()
                    : refused.requestReason() + " | refused: " + refused.refusal();
            case ApplicationApproved approved -> approved.comment();
            case Explained explained -> explained.reason();
            default -> null;
        };
    }
}
