package org.finops.certification.query.projections;

import org.finops.certification.events.IndividualCertificationRecorded;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.IndividualCertificationWithdrawn;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.MemberSizeBandChanged;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.SizeBand;
import org.finops.certification.query.member.MemberProjection;
import org.finops.certification.query.support.Lifecycle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MemberProjectionTest extends ProjectionTest {
    private final MemberProjection members = new MemberProjection();

    private void apply(Object payload) {
        members.onAll(List.of(harness.event(payload)), harness.views());
    }

    @Test
    void aMemberKeepsItsStandingBandAndCurrentCredentials() {
        apply(new MemberRegistered("m-1", "Acme", SizeBand.LT_100, true, "c@acme.example"));
        apply(new MemberStandingChanged("m-1", false, "fee unpaid"));
        apply(new MemberSizeBandChanged("m-1", SizeBand.FROM_500_TO_4999, SizeBand.LT_100, "grew"));
        apply(new IndividualCertificationRecorded("m-1", "cred-1", "p-1", IndividualCertificationType.ENGINEER,
                LocalDate.parse("2026-01-01"), null));
        apply(new IndividualCertificationRecorded("m-1", "cred-2", "p-2", IndividualCertificationType.PRACTITIONER,
                LocalDate.parse("2026-01-01"), null));
        apply(new IndividualCertificationWithdrawn("m-1", "cred-2", IndividualCertificationType.PRACTITIONER, "left"));

        Map<String, Object> member = harness.jdbc().queryForMap("SELECT good_standing, size_band"
                + " FROM views_unit.member_view WHERE member_id = 'm-1'");
        assertThat(member).containsEntry("good_standing", false)
                .containsEntry("size_band", SizeBand.FROM_500_TO_4999.code());
        assertThat(harness.jdbc().queryForList("SELECT credential_id FROM views_unit.member_credential"
                + " WHERE member_id = 'm-1'", String.class)).containsExactly("cred-1");
    }

    @Test
    void aPolicyVersionIsKeptWithItsDocument() {
        apply(Lifecycle.policy());

        assertThat(harness.jdbc().queryForObject("SELECT document::text FROM views_unit.policy_view"
                + " WHERE version = ?", String.class, Lifecycle.POLICY)).contains("\"validity\"");
    }
}
