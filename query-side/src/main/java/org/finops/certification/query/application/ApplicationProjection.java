package org.finops.certification.query.application;

import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.ApplicationWithdrawn;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.ViewStore;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;

/** Each application with its status and the decision on it: who, when, why, under which policy. */
@Component
public class ApplicationProjection implements Projection {

    @Override
    public void on(ProjectedEvent event, ViewStore views) {
        switch (event.payload()) {
            case ApplicationSubmitted submitted -> views.jdbc().update("INSERT INTO "
                            + views.table("application_view") + " (application_id, member_id, type, status,"
                            + " submitted_at, submitted_by, renewal_of, policy_version, position)"
                            + " VALUES (?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    submitted.applicationId(), submitted.memberId(), submitted.type().name(),
                    Timestamp.from(event.time()), event.actor(), submitted.renewalOfCertificationId(),
                    submitted.policyVersion(), event.position());
            case ApplicationApproved approved -> decide(event, views, approved.applicationId(), "APPROVED",
                    approved.comment(), approved.policyVersion(), approved.certificationId());
            case ApplicationRejected rejected -> decide(event, views, rejected.applicationId(), "REJECTED",
                    rejected.reason(), rejected.policyVersion(), null);
            case ApplicationWithdrawn withdrawn -> decide(event, views, withdrawn.applicationId(), "WITHDRAWN",
                    withdrawn.reason(), null, null);
            default -> {
            }
        }
    }

    private static void decide(ProjectedEvent event, ViewStore views, String applicationId, String status,
                               String reason, String policyVersion, String certificationId) {
        views.jdbc().update("UPDATE " + views.table("application_view") + " SET status = ?, decided_at = ?,"
                        + " decided_by = ?, decision_reason = ?, decision_policy = ?, certification_id = ?,"
                        + " position = ? WHERE application_id = ?", status, Timestamp.from(event.time()),
                event.actor(), reason, policyVersion, certificationId, event.position(), applicationId);
    }
}
