package org.finops.certification.query.projections;

import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.Offering;
import org.finops.certification.query.application.ApplicationProjection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationProjectionTest extends ProjectionTest {
    private final ApplicationProjection applications = new ApplicationProjection();

    private void apply(Object payload) {
        applications.onAll(List.of(harness.event(payload)), harness.views());
    }

    private static ApplicationSubmitted submitted(String applicationId) {
        return new ApplicationSubmitted("m-1", applicationId, CertificationType.PLATFORM,
                new Offering("Cost Tool", "https://x.example/p", false, false), List.of(), null, List.of(), null,
                null, "2025-1");
    }

    private Map<String, Object> application(String applicationId) {
        return harness.jdbc().queryForMap("SELECT status, decision_reason, decision_policy, certification_id,"
                + " decided_by FROM views_unit.application_view WHERE application_id = ?", applicationId);
    }

    @Test
    void anApprovedApplicationNamesItsCertificationAndPolicy() {
        apply(submitted("app-1"));
        assertThat(application("app-1")).containsEntry("status", "SUBMITTED");

        apply(new ApplicationApproved("m-1", "app-1", "cert-1", CertificationType.PLATFORM, "good", "2025-1"));

        assertThat(application("app-1")).containsEntry("status", "APPROVED").containsEntry("decision_reason", "good")
                .containsEntry("decision_policy", "2025-1").containsEntry("certification_id", "cert-1")
                .containsEntry("decided_by", "staff-1");
    }

    @Test
    void aRejectedApplicationKeepsItsReason() {
        apply(submitted("app-2"));
        apply(new ApplicationRejected("m-1", "app-2", "evidence not public", "2025-1"));

        assertThat(application("app-2")).containsEntry("status", "REJECTED")
                .containsEntry("decision_reason", "evidence not public").containsEntry("certification_id", null);
    }
}
