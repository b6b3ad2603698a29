package org.finops.certification.command.member;

import org.finops.certification.command.member.application.ApproveApplication;
import org.finops.certification.command.member.certification.ExpireCertification;
import org.finops.certification.command.member.certification.IssueRenewalReminder;
import org.finops.certification.command.member.certification.OpenRenewalWindow;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.CertificationExpired;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.RenewalWindowOpened;
import org.finops.certification.events.SizeBand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.finops.certification.command.member.MemberEvents.CERTIFICATION;
import static org.finops.certification.command.member.MemberEvents.MEMBER;
import static org.finops.certification.command.member.MemberEvents.granted;
import static org.finops.certification.command.member.MemberEvents.registered;

/** Time-driven transitions, with the fixture's clock: the window opens 90 days before expiry (policy 2025-1). */
class TimeTest {
    private AggregateTestFixture<Member> fixture;
    private Instant grantedOn;
    private Instant validUntil;

    @BeforeEach
    void setUp() {
        fixture = MemberFixture.create();
        grantedOn = fixture.currentTime();
        validUntil = grantedOn.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
    }

    @Test
    void theRenewalWindowOpensNinetyDaysBeforeExpiry() {
        Instant opens = validUntil.atZone(ZoneOffset.UTC).minusDays(90).toInstant();
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil))
                .andGivenCurrentTime(opens)
                .when(new OpenRenewalWindow(MEMBER, CERTIFICATION))
                .expectEvents(new RenewalWindowOpened(MEMBER, CERTIFICATION, validUntil, "2025-1"));
    }

    @Test
    void theWindowDoesNotOpenEarly() {
        Instant justBefore = validUntil.atZone(ZoneOffset.UTC).minusDays(90).toInstant().minusSeconds(1);
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil))
                .andGivenCurrentTime(justBefore)
                .when(new OpenRenewalWindow(MEMBER, CERTIFICATION))
                .expectNoEvents();
    }

    @Test
    void theWindowOpensOnce() {
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new RenewalWindowOpened(MEMBER, CERTIFICATION, validUntil, "2025-1"))
                .andGivenCurrentTime(validUntil.minus(Duration.ofDays(10)))
                .when(new OpenRenewalWindow(MEMBER, CERTIFICATION))
                .expectNoEvents();
    }

    @Test
    void aSuspendedCertificationsWindowOpensOnTimeToo() {
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new CertificationSuspended(MEMBER, CERTIFICATION, "fee"))
                .andGivenCurrentTime(validUntil.minus(Duration.ofDays(30)))
                .when(new OpenRenewalWindow(MEMBER, CERTIFICATION))
                .expectEvents(new RenewalWindowOpened(MEMBER, CERTIFICATION, validUntil, "2025-1"));
    }

    @Test
    void aReminderIsDueAtItsMoment() {
        Instant moment = validUntil.atZone(ZoneOffset.UTC).minusDays(30).toInstant();
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil))
                .andGivenCurrentTime(moment)
                .when(new IssueRenewalReminder(MEMBER, CERTIFICATION, "P30D"))
                .expectEvents(new RenewalReminderDue(MEMBER, CERTIFICATION, validUntil, "P30D", moment, "2025-1"));
    }

    @Test
    void aReminderIsNotDueBeforeItsMomentNorTwice() {
        Instant moment = validUntil.atZone(ZoneOffset.UTC).minusDays(30).toInstant();
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil))
                .andGivenCurrentTime(moment.minusSeconds(1))
                .when(new IssueRenewalReminder(MEMBER, CERTIFICATION, "P30D"))
                .expectNoEvents();
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new RenewalReminderDue(MEMBER, CERTIFICATION, validUntil, "P30D", moment, "2025-1"))
                .andGivenCurrentTime(moment.plusSeconds(60))
                .when(new IssueRenewalReminder(MEMBER, CERTIFICATION, "P30D"))
                .expectNoEvents();
    }

    @Test
    void noReminderForACertificationRenewedRevokedOrOfAnotherPolicy() {
        Instant renewedUntil = validUntil.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new CertificationRenewed(MEMBER, CERTIFICATION, "r-1", CertificationType.PLATFORM, validUntil,
                                validUntil, renewedUntil, "2025-1"))
                .andGivenCurrentTime(validUntil.minus(Duration.ofDays(7)))
                .when(new IssueRenewalReminder(MEMBER, CERTIFICATION, "P7D"))
                .expectNoEvents();
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new CertificationRevoked(MEMBER, CERTIFICATION, "misuse"))
                .andGivenCurrentTime(validUntil.minus(Duration.ofDays(7)))
                .when(new IssueRenewalReminder(MEMBER, CERTIFICATION, "P7D"))
                .expectNoEvents();
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil))
                .andGivenCurrentTime(validUntil.minus(Duration.ofDays(7)))
                .when(new IssueRenewalReminder(MEMBER, CERTIFICATION, "P8D"))
                .expectNoEvents();
    }

    @Test
    void noReminderForAMomentBeforeTheCertificationExisted() {
        Instant legacyUntil = grantedOn.plus(Duration.ofDays(20));
        fixture.given(registered(SizeBand.LT_100), new LegacyCertificationImported(MEMBER, CERTIFICATION,
                        CertificationType.LEGACY_PLATFORM, grantedOn, legacyUntil, "L-1"))
                .andGivenCurrentTime(grantedOn.plusSeconds(10))
                .when(new IssueRenewalReminder(MEMBER, CERTIFICATION, "P30D"))
                .expectNoEvents();
    }

    @Test
    void aCertificationNotRenewedLapsesAtItsExpiry() {
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new RenewalWindowOpened(MEMBER, CERTIFICATION, validUntil, "2025-1"))
                .andGivenCurrentTime(validUntil)
                .when(new ExpireCertification(MEMBER, CERTIFICATION))
                .expectEvents(new CertificationExpired(MEMBER, CERTIFICATION, validUntil));
    }

    @Test
    void aSuspendedCertificationLapsesAtItsExpiryToo() {
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new CertificationSuspended(MEMBER, CERTIFICATION, "fee"))
                .andGivenCurrentTime(validUntil.plusSeconds(1))
                .when(new ExpireCertification(MEMBER, CERTIFICATION))
                .expectEvents(new CertificationExpired(MEMBER, CERTIFICATION, validUntil));
    }

    @Test
    void aRenewedCertificationDoesNotLapseAtTheOldExpiry() {
        Instant renewedUntil = validUntil.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new ApplicationApproved(MEMBER, "r-1", CERTIFICATION, CertificationType.PLATFORM, null, "2025-1"),
                        new CertificationRenewed(MEMBER, CERTIFICATION, "r-1", CertificationType.PLATFORM, validUntil,
                                validUntil, renewedUntil, "2025-1"))
                .andGivenCurrentTime(validUntil.plusSeconds(60))
                .when(new ExpireCertification(MEMBER, CERTIFICATION))
                .expectNoEvents();
    }

    @Test
    void aRevokedCertificationNeitherOpensNorLapses() {
        fixture.given(registered(SizeBand.LT_100), granted(grantedOn, validUntil),
                        new CertificationRevoked(MEMBER, CERTIFICATION, "misuse"))
                .andGivenCurrentTime(validUntil.plusSeconds(60))
                .when(new ExpireCertification(MEMBER, CERTIFICATION))
                .expectNoEvents();
    }

    @Test
    void aLegacyCertificationFollowsThePolicyInForce() {
        Instant legacyUntil = grantedOn.plus(Duration.ofDays(100));
        fixture.given(registered(SizeBand.LT_100), new LegacyCertificationImported(MEMBER, CERTIFICATION,
                        CertificationType.LEGACY_PLATFORM, grantedOn.minus(Duration.ofDays(200)), legacyUntil, "L-1"))
                .andGivenCurrentTime(legacyUntil.minus(Duration.ofDays(90)))
                .when(new OpenRenewalWindow(MEMBER, CERTIFICATION))
                .expectEvents(new RenewalWindowOpened(MEMBER, CERTIFICATION, legacyUntil, "2025-1"));
    }

    @Test
    void aRenewalApprovedAfterExpiryStartsFromTheApproval() {
        Instant late = validUntil.plus(Duration.ofDays(5));
        Instant renewedUntil = late.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        var history = new java.util.ArrayList<Object>(java.util.List.of(registered(SizeBand.LT_100),
                granted(grantedOn, validUntil)));
        history.addAll(MemberEvents.holding(5, 1, 2));
        var content = MemberEvents.platformContent();
        history.add(new org.finops.certification.events.ApplicationSubmitted(MEMBER, "r-1", CertificationType.PLATFORM,
                content.offering(), content.capabilities(), content.focus(), content.community(), null, CERTIFICATION,
                "2025-1"));
        history.add(new CertificationExpired(MEMBER, CERTIFICATION, validUntil));
        fixture.given(history)
                .andGivenCurrentTime(late)
                .when(new ApproveApplication(MEMBER, "r-1", "unused", "late"))
                .expectEvents(new ApplicationApproved(MEMBER, "r-1", CERTIFICATION, CertificationType.PLATFORM, "late",
                                "2025-1"),
                        new CertificationRenewed(MEMBER, CERTIFICATION, "r-1", CertificationType.PLATFORM, validUntil,
                                late, renewedUntil, "2025-1"));
    }
}
