package org.finops.certification.command.member;

import org.finops.certification.command.member.application.Approval;
import org.finops.certification.command.member.application.ApproveApplication;
import org.finops.certification.command.member.certification.ImportLegacyCertification;
import org.finops.certification.command.member.certification.RequestRenewal;
import org.finops.certification.command.member.certification.RequestTransfer;
import org.finops.certification.command.member.certification.RequestWhiteLabelExtension;
import org.finops.certification.command.member.certification.RevokeCertification;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.Refused;
import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.RefusedRequest;
import org.finops.certification.events.RenewalRequested;
import org.finops.certification.events.SizeBand;
import org.finops.certification.events.TransferRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.finops.certification.command.member.ApprovalTest.refusal;
import static org.finops.certification.command.member.MemberEvents.CERTIFICATION;
import static org.finops.certification.command.member.MemberEvents.MEMBER;
import static org.finops.certification.command.member.MemberEvents.granted;
import static org.finops.certification.command.member.MemberEvents.holding;
import static org.finops.certification.command.member.MemberEvents.platformContent;
import static org.finops.certification.command.member.MemberEvents.registered;
import static org.finops.certification.command.member.SubmissionTest.refusalText;

/** Renewal, revocation, legacy import and the refused transfers of a granted certification. */
class CertificationLifecycleTest {
    private static final String RENEWAL = "renewal-1";
    private AggregateTestFixture<Member> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = MemberFixture.create();
        now = fixture.currentTime();
    }

    @Test
    void canRequestRenewalUnderTheCurrentPolicy() {
        fixture.given(registered(SizeBand.LT_100), granted(now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(65))))
                .when(new RequestRenewal(MEMBER, CERTIFICATION, RENEWAL, platformContent()))
                .expectEvents(renewalSubmitted(CertificationType.PLATFORM),
                        new RenewalRequested(MEMBER, CERTIFICATION, RENEWAL, CertificationType.PLATFORM, "2025-1"));
    }

    @Test
    void renewalBeforeExpiryContinuesFromTheOldExpiry() {
        Instant oldExpiry = now.plus(Duration.ofDays(40));
        Instant newExpiry = oldExpiry.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        fixture.given(renewalUnderReview(granted(now.minus(Duration.ofDays(325)), oldExpiry), CertificationType.PLATFORM))
                .when(new ApproveApplication(MEMBER, RENEWAL, "unused", "renewed"))
                .expectEvents(new ApplicationApproved(MEMBER, RENEWAL, CERTIFICATION, CertificationType.PLATFORM,
                                "renewed", "2025-1"),
                        new CertificationRenewed(MEMBER, CERTIFICATION, RENEWAL, CertificationType.PLATFORM, oldExpiry,
                                oldExpiry, newExpiry, "2025-1"))
                .expectResultMessagePayload(new Approval(CERTIFICATION, newExpiry));
    }

    @Test
    void renewalApprovedAfterExpiryStartsFromTheApprovalAndLeavesTheGapVisible() {
        Instant oldExpiry = now.minus(Duration.ofDays(3));
        Instant newExpiry = now.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        fixture.given(renewalUnderReview(granted(now.minus(Duration.ofDays(368)), oldExpiry), CertificationType.PLATFORM))
                .when(new ApproveApplication(MEMBER, RENEWAL, "unused", "late but fine"))
                .expectEvents(new ApplicationApproved(MEMBER, RENEWAL, CERTIFICATION, CertificationType.PLATFORM,
                                "late but fine", "2025-1"),
                        new CertificationRenewed(MEMBER, CERTIFICATION, RENEWAL, CertificationType.PLATFORM, oldExpiry,
                                now, newExpiry, "2025-1"));
    }

    @Test
    void aLegacySpecialtySolutionRenewsAsPlatform() {
        var legacy = new LegacyCertificationImported(MEMBER, CERTIFICATION, CertificationType.LEGACY_SPECIALTY_SOLUTION,
                now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(60)), "LEG-42");
        fixture.given(registered(SizeBand.LT_100), legacy)
                .when(new RequestRenewal(MEMBER, CERTIFICATION, RENEWAL, platformContent()))
                .expectEvents(renewalSubmitted(CertificationType.PLATFORM),
                        new RenewalRequested(MEMBER, CERTIFICATION, RENEWAL, CertificationType.PLATFORM, "2025-1"));
    }

    @Test
    void aRenewedLegacyCertificationBecomesAPlatform() {
        var legacy = new LegacyCertificationImported(MEMBER, CERTIFICATION, CertificationType.LEGACY_PLATFORM,
                now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(60)), "LEG-43");
        Instant newExpiry = now.plus(Duration.ofDays(60)).atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        fixture.given(renewalUnderReview(legacy, CertificationType.PLATFORM))
                .when(new ApproveApplication(MEMBER, RENEWAL, "unused", null))
                .expectEvents(new ApplicationApproved(MEMBER, RENEWAL, CERTIFICATION, CertificationType.PLATFORM, null,
                                "2025-1"),
                        new CertificationRenewed(MEMBER, CERTIFICATION, RENEWAL, CertificationType.PLATFORM,
                                now.plus(Duration.ofDays(60)), now.plus(Duration.ofDays(60)), newExpiry, "2025-1"));
    }

    @Test
    void cannotRenewARevokedCertification() {
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(60))),
                        new CertificationRevoked(MEMBER, CERTIFICATION, "badge misuse"))
                .when(new RequestRenewal(MEMBER, CERTIFICATION, RENEWAL, platformContent()))
                .expectException(InvalidState.class);
    }

    @Test
    void cannotApproveTheRenewalOfACertificationRevokedMeanwhile() {
        List<Object> history = renewalUnderReview(granted(now, now.plus(Duration.ofDays(60))), CertificationType.PLATFORM);
        history.add(new CertificationRevoked(MEMBER, CERTIFICATION, "badge misuse"));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, RENEWAL, "unused", null))
                .expectException(InvalidState.class);
    }

    @Test
    void cannotRequestASecondRenewalWhileOneIsUnderReview() {
        fixture.given(renewalUnderReview(granted(now, now.plus(Duration.ofDays(60))), CertificationType.PLATFORM))
                .when(new RequestRenewal(MEMBER, CERTIFICATION, "renewal-2", platformContent()))
                .expectException(refusal(Refusal.DUPLICATE_APPLICATION));
    }

    @Test
    void canRevokeWithAReason() {
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(60))))
                .when(new RevokeCertification(MEMBER, CERTIFICATION, "badge misuse"))
                .expectEvents(new CertificationRevoked(MEMBER, CERTIFICATION, "badge misuse"));
    }

    @Test
    void cannotRevokeTwice() {
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(60))),
                        new CertificationRevoked(MEMBER, CERTIFICATION, "badge misuse"))
                .when(new RevokeCertification(MEMBER, CERTIFICATION, "again"))
                .expectException(InvalidState.class);
    }

    @Test
    void aTransferIsAlwaysRefusedAndTheRefusalRecorded() {
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(60))))
                .when(new RequestTransfer(MEMBER, CERTIFICATION, "globex", "acquired by globex"))
                .expectEvents(new TransferRefused(MEMBER, CERTIFICATION, RefusedRequest.TRANSFER, "globex",
                        "acquired by globex", refusalText()))
                .expectResultMessagePayload(new Refused(Refusal.NOT_TRANSFERABLE, refusalText()));
    }

    @Test
    void aWhiteLabelExtensionIsAlwaysRefusedAndTheRefusalRecorded() {
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(60))))
                .when(new RequestWhiteLabelExtension(MEMBER, CERTIFICATION, "resellco"))
                .expectEvents(new TransferRefused(MEMBER, CERTIFICATION, RefusedRequest.WHITE_LABEL_EXTENSION,
                        "resellco", null, refusalText()))
                .expectResultMessagePayload(new Refused(Refusal.NOT_TRANSFERABLE, refusalText()));
    }

    @Test
    void canImportALegacyCertification() {
        var legacy = new LegacyCertificationImported(MEMBER, CERTIFICATION, CertificationType.LEGACY_PLATFORM,
                now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)), "LEG-1");
        fixture.given(registered(SizeBand.LT_100))
                .when(new ImportLegacyCertification(MEMBER, CERTIFICATION, CertificationType.LEGACY_PLATFORM,
                        legacy.grantedOn(), legacy.validUntil(), "LEG-1"))
                .expectEvents(legacy);
    }

    @Test
    void aLegacyCertificationImportedWithoutGoodStandingIsSuspended() {
        fixture.given(registered(SizeBand.LT_100), new MemberStandingChanged(MEMBER, false, "lapsed"))
                .when(new ImportLegacyCertification(MEMBER, CERTIFICATION, CertificationType.LEGACY_PLATFORM,
                        now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)), "LEG-1"))
                .expectEvents(new LegacyCertificationImported(MEMBER, CERTIFICATION, CertificationType.LEGACY_PLATFORM,
                                now.minus(Duration.ofDays(100)), now.plus(Duration.ofDays(265)), "LEG-1"),
                        new CertificationSuspended(MEMBER, CERTIFICATION,
                                "imported while the member is not in good standing"));
    }

    private List<Object> renewalUnderReview(Object certification, CertificationType renewsAs) {
        List<Object> history = new ArrayList<>(List.of(registered(SizeBand.LT_100), certification));
        history.addAll(holding(5, 1, 2));
        history.add(renewalSubmitted(renewsAs));
        history.add(new RenewalRequested(MEMBER, CERTIFICATION, RENEWAL, renewsAs, "2025-1"));
        return history;
    }

    private static ApplicationSubmitted renewalSubmitted(CertificationType type) {
        var content = platformContent();
        return new ApplicationSubmitted(MEMBER, RENEWAL, type, content.offering(), content.capabilities(),
                content.focus(), content.community(), null, CERTIFICATION, "2025-1");
    }
}
