package org.finops.certification.command.member;

import org.finops.certification.command.member.credential.RecordIndividualCertification;
import org.finops.certification.command.member.credential.WithdrawIndividualCertification;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.finops.certification.command.rules.RuleViolation;
import org.finops.certification.command.rules.UnknownEntity;
import org.finops.certification.command.support.InMemoryCredentialRegistry;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.IndividualCertificationRecorded;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.IndividualCertificationWithdrawn;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.MemberSizeBandChanged;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.SizeBand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.finops.certification.command.member.MemberEvents.CERTIFICATION;
import static org.finops.certification.command.member.MemberEvents.ISSUED;
import static org.finops.certification.command.member.MemberEvents.MEMBER;
import static org.finops.certification.command.member.MemberEvents.granted;
import static org.finops.certification.command.member.MemberEvents.registered;

class MembershipTest {
    private InMemoryCredentialRegistry registry;
    private AggregateTestFixture<Member> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryCredentialRegistry();
        fixture = MemberFixture.create(registry);
    }

    @Test
    void canRegisterMember() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMember(MEMBER, "Acme Corp", SizeBand.FROM_500_TO_4999, true, "certs@acme.example"))
                .expectEvents(new MemberRegistered(MEMBER, "Acme Corp", SizeBand.FROM_500_TO_4999, true,
                        "certs@acme.example"));
    }

    @Test
    void losingGoodStandingSuspendsActiveCertifications() {
        var now = fixture.currentTime();
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(365))))
                .when(new ChangeMemberStanding(MEMBER, false, "membership fee unpaid"))
                .expectEvents(new MemberStandingChanged(MEMBER, false, "membership fee unpaid"),
                        new CertificationSuspended(MEMBER, CERTIFICATION, "membership fee unpaid"));
    }

    @Test
    void regainingGoodStandingLiftsTheSuspensionWhileThePeriodRuns() {
        var now = fixture.currentTime();
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(365))),
                        new MemberStandingChanged(MEMBER, false, "fee unpaid"),
                        new CertificationSuspended(MEMBER, CERTIFICATION, "fee unpaid"))
                .when(new ChangeMemberStanding(MEMBER, true, "fee paid"))
                .expectEvents(new MemberStandingChanged(MEMBER, true, "fee paid"),
                        new CertificationReinstated(MEMBER, CERTIFICATION, "fee paid"));
    }

    @Test
    void cannotLiftTheSuspensionOfACertificationWhosePeriodEnded() {
        var now = fixture.currentTime();
        fixture.given(registered(SizeBand.LT_100),
                        granted(now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(35))),
                        new MemberStandingChanged(MEMBER, false, "fee unpaid"),
                        new CertificationSuspended(MEMBER, CERTIFICATION, "fee unpaid"))
                .when(new ChangeMemberStanding(MEMBER, true, "fee paid"))
                .expectEvents(new MemberStandingChanged(MEMBER, true, "fee paid"));
    }

    @Test
    void revokedCertificationsAreNotSuspended() {
        var now = fixture.currentTime();
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(365))),
                        new CertificationRevoked(MEMBER, CERTIFICATION, "misuse of the badge"))
                .when(new ChangeMemberStanding(MEMBER, false, "fee unpaid"))
                .expectEvents(new MemberStandingChanged(MEMBER, false, "fee unpaid"));
    }

    @Test
    void unchangedStandingRecordsNothing() {
        fixture.given(registered(SizeBand.LT_100))
                .when(new ChangeMemberStanding(MEMBER, true, "still paid up"))
                .expectNoEvents();
    }

    @Test
    void canChangeSizeBand() {
        fixture.given(registered(SizeBand.LT_100))
                .when(new ChangeMemberSizeBand(MEMBER, SizeBand.FROM_100_TO_499, "parent company grew"))
                .expectEvents(new MemberSizeBandChanged(MEMBER, SizeBand.FROM_100_TO_499, SizeBand.LT_100,
                        "parent company grew"));
    }

    @Test
    void canRecordIndividualCertification() {
        fixture.given(registered(SizeBand.LT_100))
                .when(new RecordIndividualCertification(MEMBER, "FCP-1", "alice", IndividualCertificationType.ENGINEER,
                        ISSUED, null))
                .expectEvents(new IndividualCertificationRecorded(MEMBER, "FCP-1", "alice",
                        IndividualCertificationType.ENGINEER, ISSUED, null));
        assertThat(registry.claim("FCP-1", "other")).isFalse();
    }

    @Test
    void cannotRecordTheSameCredentialTwice() {
        fixture.given(registered(SizeBand.LT_100), new IndividualCertificationRecorded(MEMBER, "FCP-1", "alice",
                        IndividualCertificationType.PRACTITIONER, ISSUED, null))
                .when(new RecordIndividualCertification(MEMBER, "FCP-1", "bob",
                        IndividualCertificationType.PRACTITIONER, ISSUED, null))
                .expectException(RuleViolation.class)
                .expectNoEvents();
    }

    @Test
    void cannotRecordACredentialHeldByAnotherOrganisation() {
        registry.heldBy("FCP-9", "globex");
        fixture.given(registered(SizeBand.LT_100))
                .when(new RecordIndividualCertification(MEMBER, "FCP-9", "alice",
                        IndividualCertificationType.PRACTITIONER, ISSUED, LocalDate.parse("2027-01-01")))
                .expectException(RuleViolation.class)
                .expectExceptionMessage("credential FCP-9 is already recorded");
    }

    @Test
    void canWithdrawAnIndividualCertificationWhenThePersonLeaves() {
        registry.heldBy("FCP-1", MEMBER);
        fixture.given(registered(SizeBand.LT_100), new IndividualCertificationRecorded(MEMBER, "FCP-1", "alice",
                        IndividualCertificationType.PROFESSIONAL, ISSUED, null))
                .when(new WithdrawIndividualCertification(MEMBER, "FCP-1", "alice left the company"))
                .expectEvents(new IndividualCertificationWithdrawn(MEMBER, "FCP-1",
                        IndividualCertificationType.PROFESSIONAL, "alice left the company"));
        assertThat(registry.claim("FCP-1", "globex")).as("the credential may follow alice").isTrue();
    }

    @Test
    void cannotWithdrawACredentialThatWasNeverRecorded() {
        fixture.given(registered(SizeBand.LT_100))
                .when(new WithdrawIndividualCertification(MEMBER, "FCP-404", "left"))
                .expectException(UnknownEntity.class);
    }
}
