package org.finops.certification.query.application;

import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationEvent;
import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.ApplicationWithdrawn;
import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.consumer.Projection;
import org.finops.certification.query.views.Rows;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.ApplicationStatus;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each application with its status and the decision on it: who, when, why, under which policy. A batch's
 * submissions are inserted in one statement and its decisions (the last on each application) written in another.
 */
@Component
public class ApplicationProjection implements Projection {
    private static final String[] COLUMNS = {"application_id", "member_id", "type", "status", "submitted_at",
            "submitted_by", "renewal_of", "policy_version", "decided_at", "decided_by", "decision_reason",
            "decision_policy", "certification_id", "position"};

    @Override
    public void onAll(List<ProjectedEvent> events, ViewStore views) {
        Map<String, ProjectedEvent> submitted = new LinkedHashMap<>();
        Map<String, Decision> decided = new LinkedHashMap<>();
        for (ProjectedEvent event : events) {
            switch (event.payload()) {
                case ApplicationSubmitted application -> submitted.putIfAbsent(application.applicationId(), event);
                case ApplicationApproved approved -> decided.put(approved.applicationId(), new Decision(event,
                        approved, approved.comment(), approved.policyVersion(), approved.certificationId()));
                case ApplicationRejected rejected -> decided.put(rejected.applicationId(), new Decision(event,
                        rejected, rejected.reason(), rejected.policyVersion(), null));
                case ApplicationWithdrawn withdrawn -> decided.put(withdrawn.applicationId(), new Decision(event,
                        withdrawn, withdrawn.reason(), null, null));
                default -> {
                }
            }
        }
        insert(submitted, views);
        update(decided, views);
    }

    private static void insert(Map<String, ProjectedEvent> submitted, ViewStore views) {
        Rows rows = Rows.of("varchar", "varchar", "varchar", "varchar", "timestamptz", "varchar", "varchar",
                "varchar", "timestamptz", "varchar", "varchar", "varchar", "varchar", "int8");
        submitted.values().forEach(event -> {
            ApplicationSubmitted application = (ApplicationSubmitted) event.payload();
            rows.add(application.applicationId(), application.memberId(), application.type().name(),
                    ApplicationStatus.after(application).name(),
                    event.time(), event.actor(), application.renewalOfCertificationId(), application.policyVersion(),
                    null, null, null, null, null, event.position());
        });
        rows.insertInto(views, "application_view", COLUMNS, "DO NOTHING");
    }

    /** After the insert, so that a decision in the same batch as its submission finds the row. */
    private static void update(Map<String, Decision> decided, ViewStore views) {
        Rows rows = Rows.of("varchar", "varchar", "timestamptz", "varchar", "varchar", "varchar", "varchar", "int8");
        decided.forEach((applicationId, decision) -> rows.add(applicationId, decision.status(),
                decision.event().time(), decision.event().actor(), decision.reason(), decision.policyVersion(),
                decision.certificationId(), decision.event().position()));
        rows.update(views, "UPDATE " + views.table("application_view") + " a SET status = d.status,"
                + " decided_at = d.decided_at, decided_by = d.decided_by, decision_reason = d.reason,"
                + " decision_policy = d.policy, certification_id = d.certification_id, position = d.position FROM "
                + rows.table("d", "application_id", "status", "decided_at", "decided_by", "reason", "policy",
                "certification_id", "position") + " WHERE a.application_id = d.application_id");
    }

    private record Decision(ProjectedEvent event, String status, String reason, String policyVersion,
                            String certificationId) {
        Decision(ProjectedEvent event, ApplicationEvent decision, String reason, String policyVersion,
                 String certificationId) {
            this(event, ApplicationStatus.after(decision).name(), reason, policyVersion, certificationId);
        }
    }
}
