package org.finops.certification.query.projections;

import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.RenewalWindowOpened;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.certification.CertificationProjection;
import org.finops.certification.query.certification.CertificationStateView;
import org.finops.certification.query.directory.DirectoryProjection;
import org.finops.certification.query.member.MemberProjection;
import org.finops.certification.query.renewal.RenewalDueProjection;
import org.finops.certification.rules.CertificationState;
import org.finops.certification.rules.CertificationStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The certification projection and the views that follow the states it hands over: directory, renewals due. */
class CertificationProjectionTest extends ProjectionTest {
    private static final Instant GRANTED = Instant.parse("2026-03-01T00:00:00Z");

    private final List<CertificationState> handedOver = new ArrayList<>();
    private final CertificationStateView recorder = (latest, views) -> handedOver.addAll(latest);
    private final CertificationProjection certifications = new CertificationProjection(
            List.of(new DirectoryProjection(), new RenewalDueProjection(), recorder));
    private final MemberProjection members = new MemberProjection();

    private void apply(Object payload) {
        var event = harness.event(payload);
        members.onAll(List.of(event), harness.views());
        certifications.onAll(List.of(event), harness.views());
    }

    private void certified(String memberId, String certificationId) {
        apply(new MemberRegistered(memberId, "Acme " + memberId, SizeBand.LT_100, true, "c@acme.example"));
        apply(new CertificationGranted(memberId, certificationId, "app-" + certificationId,
                CertificationType.PLATFORM, GRANTED, GRANTED.plus(365, ChronoUnit.DAYS), "2025-1"));
    }

    private String status(String certificationId) {
        return harness.jdbc().queryForObject("SELECT status FROM views_unit.certification_status"
                + " WHERE certification_id = ?", String.class, certificationId);
    }

    private long rows(String table, String certificationId) {
        return harness.jdbc().queryForObject("SELECT count(*) FROM views_unit." + table
                + " WHERE certification_id = ?", Long.class, certificationId);
    }

    @Test
    void aGrantIsActiveListedAndFollowedForRenewal() {
        certified("m-grant", "c-grant");

        assertThat(status("c-grant")).isEqualTo("ACTIVE");
        assertThat(rows("certification_history", "c-grant")).isEqualTo(1);
        assertThat(rows("directory_entry", "c-grant")).isEqualTo(1);
        assertThat(rows("renewal_due", "c-grant")).isEqualTo(1);
        assertThat(handedOver).extracting(CertificationState::status).containsExactly(CertificationStatus.ACTIVE);
    }

    @Test
    void aSuspensionDelistsButKeepsItDueAndAReinstatementReturnsToTheOpenWindow() {
        certified("m-susp", "c-susp");
        apply(new RenewalWindowOpened("m-susp", "c-susp", GRANTED.plus(365, ChronoUnit.DAYS), "2025-1"));
        apply(new CertificationSuspended("m-susp", "c-susp", "fee unpaid"));

        assertThat(status("c-susp")).isEqualTo("SUSPENDED");
        assertThat(rows("directory_entry", "c-susp")).isZero();
        assertThat(rows("renewal_due", "c-susp")).isEqualTo(1);

        apply(new CertificationReinstated("m-susp", "c-susp", "paid"));
        assertThat(status("c-susp")).isEqualTo("RENEWAL_DUE");
        assertThat(rows("directory_entry", "c-susp")).isEqualTo(1);
        assertThat(rows("certification_history", "c-susp")).isEqualTo(4);
    }

    @Test
    void aRevocationEndsEveryListing() {
        certified("m-rev", "c-rev");
        apply(new CertificationRevoked("m-rev", "c-rev", "fraud"));

        assertThat(status("c-rev")).isEqualTo("REVOKED");
        assertThat(rows("directory_entry", "c-rev")).isZero();
        assertThat(rows("renewal_due", "c-rev")).isZero();
    }

    @Test
    void anEventThatDoesNotMoveTheStateLeavesNoHistory() {
        certified("m-rem", "c-rem");
        handedOver.clear();
        apply(new RenewalReminderDue("m-rem", "c-rem", GRANTED.plus(365, ChronoUnit.DAYS), "P30D",
                GRANTED.plus(335, ChronoUnit.DAYS), "2025-1"));

        assertThat(rows("certification_history", "c-rem")).isEqualTo(1);
        assertThat(handedOver).isEmpty();
    }
}
