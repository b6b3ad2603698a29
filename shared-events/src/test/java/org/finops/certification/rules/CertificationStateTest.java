package org.finops.certification.rules;

import org.finops.certification.events.CertificationExpired;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.RefusedRequest;
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.RenewalWindowOpened;
import org.finops.certification.events.SizeBand;
import org.finops.certification.events.TransferRefused;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finops.certification.events.IndividualCertificationType.ENGINEER;
import static org.finops.certification.events.IndividualCertificationType.FOCUS_ANALYST;
import static org.finops.certification.events.IndividualCertificationType.PRACTITIONER;

/** The certification state machine and the counting rule, shared by both sides, as plain functions. */
class CertificationStateTest {
    private static final Instant GRANTED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-01T00:00:00Z");
    private static final CertificationGranted GRANT = new CertificationGranted("m", "c", "a",
            CertificationType.PLATFORM, GRANTED, UNTIL, "2025-1");

    private static CertificationState granted() {
        return CertificationState.begunBy(GRANT).orElseThrow();
    }

    @Test
    void aGrantBeginsAnActiveCertificationWhosePeriodStartsAtTheGrant() {
        CertificationState state = granted();
        assertThat(state.status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(state.periodStart()).isEqualTo(GRANTED);
        assertThat(state.isInForceAt(GRANTED)).isTrue();
        assertThat(state.isInForceAt(UNTIL)).as("valid until is exclusive").isFalse();
    }

    @Test
    void anImportBeginsAnActiveCertificationWithoutAPolicyVersion() {
        CertificationState state = CertificationState.begunBy(new LegacyCertificationImported("m", "c",
                CertificationType.LEGACY_SPECIALTY_SOLUTION, GRANTED, UNTIL, "LEG-1")).orElseThrow();
        assertThat(state.status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(state.policyVersion()).isNull();
    }

    @Test
    void onlyAGrantOrAnImportBeginsACertification() {
        assertThat(CertificationState.begunBy(new CertificationRevoked("m", "c", "x"))).isEmpty();
    }

    @Test
    void anOpenWindowMakesItDueAndSurvivesASuspension() {
        CertificationState due = granted().next(new RenewalWindowOpened("m", "c", UNTIL, "2025-1"));
        assertThat(due.status()).isEqualTo(CertificationStatus.RENEWAL_DUE);

        CertificationState suspended = due.next(new CertificationSuspended("m", "c", "fee"));
        assertThat(suspended.status()).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(suspended.status().isCurrent()).isFalse();
        assertThat(suspended.next(new CertificationReinstated("m", "c", "paid")).status())
                .as("reinstated into the window it was in").isEqualTo(CertificationStatus.RENEWAL_DUE);
    }

    @Test
    void aWindowOpeningWhileSuspendedKeepsTheSuspension() {
        CertificationState state = granted().next(new CertificationSuspended("m", "c", "fee"))
                .next(new RenewalWindowOpened("m", "c", UNTIL, "2025-1"));
        assertThat(state.status()).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(state.windowOpen()).isTrue();
    }

    @Test
    void aRenewalLiftsAnExpiryAndStartsANewPeriodButNotASuspension() {
        Instant renewedUntil = Instant.parse("2028-01-01T00:00:00Z");
        CertificationRenewed renewal = new CertificationRenewed("m", "c", "a2", CertificationType.PLATFORM, UNTIL,
                UNTIL, renewedUntil, "2026-1");

        CertificationState expired = granted().next(new CertificationExpired("m", "c", UNTIL));
        assertThat(expired.hasEnded()).isTrue();
        CertificationState renewed = expired.next(renewal);
        assertThat(renewed.status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(renewed.validUntil()).isEqualTo(renewedUntil);
        assertThat(renewed.periodStart()).isEqualTo(UNTIL);
        assertThat(renewed.policyVersion()).isEqualTo("2026-1");
        assertThat(renewed.windowOpen()).isFalse();

        assertThat(granted().next(new CertificationSuspended("m", "c", "fee")).next(renewal).status())
                .isEqualTo(CertificationStatus.SUSPENDED);
    }

    @Test
    void aRevocationEndsIt() {
        CertificationState revoked = granted().next(new CertificationRevoked("m", "c", "fraud"));
        assertThat(revoked.status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(revoked.hasEnded()).isTrue();
        assertThat(revoked.isInForceAt(GRANTED)).isFalse();
    }

    @Test
    void eventsThatDoNotMoveTheMachineAnswerTheSameState() {
        CertificationState state = granted();
        assertThat(state.next(new RenewalReminderDue("m", "c", UNTIL, "P30D", UNTIL, "2025-1"))).isSameAs(state);
        assertThat(state.next(new TransferRefused("m", "c", RefusedRequest.TRANSFER, "other", null, "no")))
                .isSameAs(state);
        assertThat(state.next(GRANT)).isSameAs(state);
    }

    @Test
    void aCredentialCountsInEveryColumnTheCountingRuleNamesItFor() {
        PolicyPublished policy = new PolicyPublished("p", GRANTED, "P12M", "P90D", List.of(),
                Map.of(CertificationType.PLATFORM, Map.of(SizeBand.LT_100, Map.of(PRACTITIONER, 5, FOCUS_ANALYST, 2))),
                Map.of(PRACTITIONER, List.of(PRACTITIONER, ENGINEER)), Map.of(), Map.of());
        Map<IndividualCertificationType, Integer> held = Map.of(PRACTITIONER, 2, ENGINEER, 3, FOCUS_ANALYST, 1);

        List<Requirements.Counted> counted = Requirements.counted(policy, CertificationType.PLATFORM,
                SizeBand.LT_100, types -> types.stream().mapToInt(type -> held.getOrDefault(type, 0)).sum());

        assertThat(counted).containsExactlyInAnyOrder(new Requirements.Counted(PRACTITIONER, 5, 5),
                new Requirements.Counted(FOCUS_ANALYST, 2, 1));
        assertThat(counted).filteredOn(Requirements.Counted::met).extracting(Requirements.Counted::column)
                .containsExactly(PRACTITIONER);
    }
}
