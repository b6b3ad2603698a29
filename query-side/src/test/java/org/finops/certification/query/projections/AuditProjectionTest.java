package org.finops.certification.query.projections;

import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.RefusedRequest;
import org.finops.certification.events.TransferRefused;
import org.finops.certification.query.audit.AuditProjection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each decision's who, why, which certification and application, under which policy, read from its type. */
class AuditProjectionTest extends ProjectionTest {
    private final AuditProjection audit = new AuditProjection();

    private Map<String, Object> entryOf(Object payload) {
        var event = harness.event(payload);
        audit.onAll(List.of(event), harness.views());
        return harness.jdbc().queryForMap("SELECT actor, reason, policy_version, member_id, certification_id,"
                + " application_id FROM views_unit.audit_entry WHERE event_id = ?", event.id());
    }

    @Test
    void anApprovalIsExplainedByItsCommentAndPolicy() {
        assertThat(entryOf(new ApplicationApproved("m-1", "app-1", "cert-1", CertificationType.PLATFORM,
                "meets 2025-1", "2025-1")))
                .containsEntry("reason", "meets 2025-1").containsEntry("policy_version", "2025-1")
                .containsEntry("certification_id", "cert-1").containsEntry("application_id", "app-1")
                .containsEntry("actor", "staff-1").containsEntry("member_id", "m-1");
    }

    @Test
    void aGrantNamesItsApplication() {
        Instant now = Instant.parse("2026-03-01T00:00:00Z");
        assertThat(entryOf(new CertificationGranted("m-1", "cert-2", "app-2", CertificationType.PLATFORM, now,
                now.plusSeconds(3600), "2025-1")))
                .containsEntry("certification_id", "cert-2").containsEntry("application_id", "app-2")
                .containsEntry("reason", null);
    }

    @Test
    void aRevocationIsExplainedByItsReason() {
        assertThat(entryOf(new CertificationRevoked("m-1", "cert-3", "audit finding")))
                .containsEntry("reason", "audit finding").containsEntry("certification_id", "cert-3")
                .containsEntry("application_id", null).containsEntry("policy_version", null);
    }

    @Test
    void aRefusedTransferShowsWhatWasAskedAndWhyItWasRefused() {
        assertThat(entryOf(new TransferRefused("m-1", "cert-4", RefusedRequest.TRANSFER, "m-2", "we merged",
                "not transferable")))
                .containsEntry("reason", "we merged | refused: not transferable");
        assertThat(entryOf(new TransferRefused("m-1", "cert-4", RefusedRequest.WHITE_LABEL_EXTENSION, "m-3", null,
                "not transferable")))
                .containsEntry("reason", "not transferable");
    }
}
