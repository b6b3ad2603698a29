package org.finops.certification.command.member;

import org.finops.certification.command.member.application.ApplicationContent;
import org.finops.certification.command.member.application.RejectApplication;
import org.finops.certification.command.member.application.SubmitApplication;
import org.finops.certification.command.member.application.WithdrawApplication;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.finops.certification.command.rules.InvalidInput;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.Refused;
import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.ApplicationWithdrawn;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.Offering;
import org.finops.certification.events.RefusedRequest;
import org.finops.certification.events.SizeBand;
import org.finops.certification.events.TransferRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.finops.certification.command.member.ApprovalTest.refusal;
import static org.finops.certification.command.member.MemberEvents.APPLICATION;
import static org.finops.certification.command.member.MemberEvents.MEMBER;
import static org.finops.certification.command.member.MemberEvents.granted;
import static org.finops.certification.command.member.MemberEvents.platformContent;
import static org.finops.certification.command.member.MemberEvents.platformSubmitted;
import static org.finops.certification.command.member.MemberEvents.registered;
import static org.finops.certification.command.member.MemberEvents.serviceProviderContent;
import static org.finops.certification.command.member.MemberEvents.submitted;

class SubmissionTest {
    private AggregateTestFixture<Member> fixture;

    @BeforeEach
    void setUp() {
        fixture = MemberFixture.create();
    }

    @Test
    void canSubmitAPlatformApplication() {
        fixture.given(registered(SizeBand.FROM_500_TO_4999))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.PLATFORM, platformContent(), null))
                .expectEvents(platformSubmitted())
                .expectResultMessagePayload(APPLICATION);
    }

    @Test
    void canSubmitAServiceProviderApplicationBesideAnOpenPlatformOne() {
        fixture.given(registered(SizeBand.LT_100), platformSubmitted())
                .when(new SubmitApplication(MEMBER, "app-2", CertificationType.SERVICE_PROVIDER,
                        serviceProviderContent(), null))
                .expectEvents(submittedAs("app-2", CertificationType.SERVICE_PROVIDER, serviceProviderContent()))
                .expectResultMessagePayload("app-2");
    }

    @Test
    void cannotSubmitWithoutGoodStanding() {
        fixture.given(registered(SizeBand.LT_100), new MemberStandingChanged(MEMBER, false, "lapsed"))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.PLATFORM, platformContent(), null))
                .expectException(refusal(Refusal.NOT_A_MEMBER_IN_GOOD_STANDING));
    }

    @Test
    void cannotSubmitASecondOpenApplicationOfTheSameType() {
        fixture.given(registered(SizeBand.LT_100), platformSubmitted())
                .when(new SubmitApplication(MEMBER, "app-2", CertificationType.PLATFORM, platformContent(), null))
                .expectException(refusal(Refusal.DUPLICATE_APPLICATION));
    }

    @Test
    void canSubmitAgainOnceTheFirstApplicationWasRejected() {
        fixture.given(registered(SizeBand.LT_100), platformSubmitted(),
                        new ApplicationRejected(MEMBER, APPLICATION, "evidence not public", "2025-1"))
                .when(new SubmitApplication(MEMBER, "app-2", CertificationType.PLATFORM, platformContent(), null))
                .expectEvents(submittedAs("app-2", CertificationType.PLATFORM, platformContent()));
    }

    @Test
    void cannotApplyForATypeAlreadyHeld() {
        var now = fixture.currentTime();
        fixture.given(registered(SizeBand.LT_100), granted(now, now.plus(Duration.ofDays(300))))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.PLATFORM, platformContent(), null))
                .expectException(refusal(Refusal.ALREADY_CERTIFIED));
    }

    @Test
    void aLegacySpecialtySolutionCountsAsAPlatformAlreadyHeld() {
        var now = fixture.currentTime();
        fixture.given(registered(SizeBand.LT_100), new LegacyCertificationImported(MEMBER, "legacy-1",
                        CertificationType.LEGACY_SPECIALTY_SOLUTION, now.minus(Duration.ofDays(30)),
                        now.plus(Duration.ofDays(300)), "LEG-7"))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.PLATFORM, platformContent(), null))
                .expectException(refusal(Refusal.ALREADY_CERTIFIED));
    }

    @Test
    void cannotSubmitAnOpenSourceProjectTheMemberDoesNotFound() {
        var content = new ApplicationContent(new Offering("Kube Costs", "https://github.com/x/kc", true, false),
                MemberEvents.platformCapabilities(), MemberEvents.platformFocus(), List.of());
        fixture.given(registered(SizeBand.LT_100))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.PLATFORM, content, null))
                .expectException(refusal(Refusal.OFFERING_DOES_NOT_FIT_TYPE));
    }

    @Test
    void canSubmitAnOpenSourceProjectOfWhichTheMemberIsAFoundingMaintainer() {
        var content = new ApplicationContent(new Offering("Kube Costs", "https://github.com/x/kc", true, true),
                MemberEvents.platformCapabilities(), MemberEvents.platformFocus(), List.of());
        fixture.given(registered(SizeBand.LT_100))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.PLATFORM, content, null))
                .expectEvents(submittedAs(APPLICATION, CertificationType.PLATFORM, content));
    }

    @Test
    void cannotCertifyASoftwareProductAsAServiceProvider() {
        var content = new ApplicationContent(new Offering("Kube Costs", "https://github.com/x/kc", true, true),
                MemberEvents.serviceProviderCapabilities(), MemberEvents.serviceProviderFocus(), List.of());
        fixture.given(registered(SizeBand.LT_100))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.SERVICE_PROVIDER, content, null))
                .expectException(refusal(Refusal.OFFERING_DOES_NOT_FIT_TYPE));
    }

    @Test
    void cannotClaimACapabilityThePolicyDoesNotKnow() {
        var content = new ApplicationContent(MemberEvents.product(),
                List.of(new CapabilityClaim("time-travel", "https://acme.example/tt")), MemberEvents.platformFocus(),
                List.of());
        fixture.given(registered(SizeBand.LT_100))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.PLATFORM, content, null))
                .expectException(InvalidInput.class)
                .expectNoEvents();
    }

    @Test
    void anApplicationRestingOnAnotherOrganisationsCertificationIsRefusedAndRecorded() {
        fixture.given(registered(SizeBand.LT_100))
                .when(new SubmitApplication(MEMBER, APPLICATION, CertificationType.PLATFORM, platformContent(),
                        "vendor-cert-7"))
                .expectEvents(new TransferRefused(MEMBER, "vendor-cert-7",
                        RefusedRequest.APPLICATION_BASED_ON_ANOTHER_ORGANISATIONS_CERTIFICATION, MEMBER,
                        "application app-1 cites it", refusalText()))
                .expectResultMessagePayload(new Refused(Refusal.NOT_TRANSFERABLE, refusalText()));
    }

    @Test
    void canWithdrawAnOpenApplication() {
        fixture.given(registered(SizeBand.LT_100), platformSubmitted())
                .when(new WithdrawApplication(MEMBER, APPLICATION, "not ready"))
                .expectEvents(new ApplicationWithdrawn(MEMBER, APPLICATION, "not ready"));
    }

    @Test
    void canRejectWithAReasonUnderThePolicyInForce() {
        fixture.given(registered(SizeBand.LT_100), submitted(CertificationType.PLATFORM, platformContent()))
                .when(new RejectApplication(MEMBER, APPLICATION, "evidence URLs are private"))
                .expectEvents(new ApplicationRejected(MEMBER, APPLICATION, "evidence URLs are private", "2025-1"));
    }

    @Test
    void cannotWithdrawARejectedApplication() {
        fixture.given(registered(SizeBand.LT_100), platformSubmitted(),
                        new ApplicationRejected(MEMBER, APPLICATION, "no", "2025-1"))
                .when(new WithdrawApplication(MEMBER, APPLICATION, null))
                .expectException(InvalidState.class);
    }

    static String refusalText() {
        return "a certification belongs to the organisation that earned it: it cannot be transferred, shared,"
                + " inherited or extended to a white-label partner";
    }

    private static ApplicationSubmitted submittedAs(String applicationId, CertificationType type,
                                                    ApplicationContent content) {
        return new ApplicationSubmitted(MEMBER, applicationId, type, content.offering(), content.capabilities(),
                content.focus(), content.community(), null, null, "2025-1");
    }
}
