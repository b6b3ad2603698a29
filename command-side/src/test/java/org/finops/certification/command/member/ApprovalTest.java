package org.finops.certification.command.member;

import org.finops.certification.command.member.application.ApplicationContent;
import org.finops.certification.command.member.application.Approval;
import org.finops.certification.command.member.application.ApproveApplication;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.finops.certification.command.rules.InvalidState;
import org.finops.certification.command.rules.Refusal;
import org.finops.certification.command.rules.RuleViolation;
import org.finops.certification.command.rules.Shortfall;
import org.finops.certification.events.ApplicationApproved;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.IndividualCertificationRecorded;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.IndividualCertificationWithdrawn;
import org.finops.certification.events.MemberSizeBandChanged;
import org.finops.certification.events.MemberStandingChanged;
import org.finops.certification.events.SizeBand;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.finops.certification.command.member.MemberEvents.APPLICATION;
import static org.finops.certification.command.member.MemberEvents.MEMBER;
import static org.finops.certification.command.member.MemberEvents.credentials;
import static org.finops.certification.command.member.MemberEvents.holding;
import static org.finops.certification.command.member.MemberEvents.platformContent;
import static org.finops.certification.command.member.MemberEvents.registered;
import static org.finops.certification.command.member.MemberEvents.serviceProviderContent;
import static org.finops.certification.command.member.MemberEvents.submitted;
import static org.finops.certification.events.IndividualCertificationType.ENGINEER;
import static org.finops.certification.events.IndividualCertificationType.FOCUS_ANALYST;
import static org.finops.certification.events.IndividualCertificationType.PRACTITIONER;
import static org.finops.certification.events.IndividualCertificationType.PROFESSIONAL;

/** Approval under the shipped policy: every band of both tables, and every counting rule. */
class ApprovalTest {
    private static final String NEW_CERTIFICATION = "cert-new";
    private AggregateTestFixture<Member> fixture;

    @BeforeEach
    void setUp() {
        fixture = MemberFixture.create();
    }

    /** The tables of docs/domain.md: band, type, practitioner / professional / FOCUS analyst. */
    static Stream<Arguments> requirementTables() {
        return Stream.of(
                Arguments.of(SizeBand.FROM_5000, CertificationType.PLATFORM, 100, 5, 30),
                Arguments.of(SizeBand.FROM_500_TO_4999, CertificationType.PLATFORM, 50, 3, 15),
                Arguments.of(SizeBand.FROM_100_TO_499, CertificationType.PLATFORM, 10, 2, 3),
                Arguments.of(SizeBand.LT_100, CertificationType.PLATFORM, 5, 1, 2),
                Arguments.of(SizeBand.FROM_5000, CertificationType.SERVICE_PROVIDER, 100, 5, 50),
                Arguments.of(SizeBand.FROM_500_TO_4999, CertificationType.SERVICE_PROVIDER, 50, 3, 25),
                Arguments.of(SizeBand.FROM_100_TO_499, CertificationType.SERVICE_PROVIDER, 10, 2, 5),
                Arguments.of(SizeBand.LT_100, CertificationType.SERVICE_PROVIDER, 5, 1, 3));
    }

    @ParameterizedTest(name = "{0} {1} needs {2}/{3}/{4}")
    @MethodSource("requirementTables")
    void canApproveWithExactlyTheBandsRequirements(SizeBand band, CertificationType type, int practitioners,
                                                   int professionals, int focusAnalysts) {
        var now = fixture.currentTime();
        var validUntil = now.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        fixture.given(history(band, type, holding(practitioners, professionals, focusAnalysts)))
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, "meets policy"))
                .expectEvents(new ApplicationApproved(MEMBER, APPLICATION, NEW_CERTIFICATION, type, "meets policy",
                                "2025-1"),
                        new CertificationGranted(MEMBER, NEW_CERTIFICATION, APPLICATION, type, now, validUntil,
                                "2025-1"))
                .expectResultMessagePayload(new Approval(NEW_CERTIFICATION, validUntil));
    }

    @ParameterizedTest(name = "{0} {1} refused one practitioner short")
    @MethodSource("requirementTables")
    void cannotApproveOnePractitionerShort(SizeBand band, CertificationType type, int practitioners,
                                           int professionals, int focusAnalysts) {
        fixture.given(history(band, type, holding(practitioners - 1, professionals, focusAnalysts)))
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("PRACTITIONER", practitioners, practitioners - 1)))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "{0} {1} refused one professional and one FOCUS analyst short")
    @MethodSource("requirementTables")
    void cannotApproveOneProfessionalAndOneFocusAnalystShort(SizeBand band, CertificationType type,
                                                             int practitioners, int professionals,
                                                             int focusAnalysts) {
        fixture.given(history(band, type, holding(practitioners, professionals - 1, focusAnalysts - 1)))
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("PROFESSIONAL", professionals, professionals - 1),
                        new Shortfall("FOCUS_ANALYST", focusAnalysts, focusAnalysts - 1)));
    }

    @Test
    void engineersCountOneToOneAsPractitioners() {
        List<Object> held = new ArrayList<>(credentials(PRACTITIONER, 2));
        held.addAll(credentials(ENGINEER, 3));
        held.addAll(credentials(PROFESSIONAL, 1));
        held.addAll(credentials(FOCUS_ANALYST, 2));
        fixture.given(history(SizeBand.LT_100, CertificationType.PLATFORM, held))
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectEvents(approvedAndGranted(CertificationType.PLATFORM));
    }

    @Test
    void professionalsNeverSubstituteForPractitioners() {
        fixture.given(history(SizeBand.LT_100, CertificationType.PLATFORM, holding(4, 6, 2)))
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("PRACTITIONER", 5, 4)));
    }

    @Test
    void focusAnalystsNeverCountAsPractitioners() {
        fixture.given(history(SizeBand.LT_100, CertificationType.PLATFORM, holding(4, 1, 10)))
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("PRACTITIONER", 5, 4)));
    }

    @Test
    void onePersonCountsInEveryColumnTheyHoldACertificationFor() {
        List<Object> held = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            held.add(new IndividualCertificationRecorded(MEMBER, "P-" + i, "person-" + i, PRACTITIONER,
                    MemberEvents.ISSUED, null));
        }
        held.add(new IndividualCertificationRecorded(MEMBER, "PRO-0", "person-0", PROFESSIONAL, MemberEvents.ISSUED,
                null));
        held.add(new IndividualCertificationRecorded(MEMBER, "FA-0", "person-0", FOCUS_ANALYST, MemberEvents.ISSUED,
                null));
        held.add(new IndividualCertificationRecorded(MEMBER, "FA-1", "person-1", FOCUS_ANALYST, MemberEvents.ISSUED,
                null));
        fixture.given(history(SizeBand.LT_100, CertificationType.PLATFORM, held))
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectEvents(approvedAndGranted(CertificationType.PLATFORM));
    }

    @Test
    void expiredCredentialsDoNotCount() {
        LocalDate yesterday = fixture.currentTime().atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        List<Object> held = new ArrayList<>(holding(4, 1, 2));
        held.addAll(credentials(ENGINEER, 1, yesterday));
        fixture.given(history(SizeBand.LT_100, CertificationType.PLATFORM, held))
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("PRACTITIONER", 5, 4)));
    }

    @Test
    void credentialsOfPeopleWhoLeftDoNotCount() {
        List<Object> history = history(SizeBand.LT_100, CertificationType.PLATFORM, holding(5, 1, 2));
        history.add(new IndividualCertificationWithdrawn(MEMBER, "PRACTITIONER-0", PRACTITIONER, "left"));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("PRACTITIONER", 5, 4)));
    }

    /** A 100-person unit of a 1,500-person company is in the parent's band and needs the parent's counts. */
    @Test
    void theParentOrganisationsBandApplies() {
        List<Object> history = history(SizeBand.FROM_500_TO_4999, CertificationType.PLATFORM, holding(10, 2, 3));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("PRACTITIONER", 50, 10), new Shortfall("PROFESSIONAL", 3, 2),
                        new Shortfall("FOCUS_ANALYST", 15, 3)));
    }

    @Test
    void aChangedBandAppliesToTheNextDecision() {
        List<Object> history = history(SizeBand.LT_100, CertificationType.PLATFORM, holding(5, 1, 2));
        history.add(new MemberSizeBandChanged(MEMBER, SizeBand.FROM_100_TO_499, SizeBand.LT_100, "acquired"));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("PRACTITIONER", 10, 5), new Shortfall("PROFESSIONAL", 2, 1),
                        new Shortfall("FOCUS_ANALYST", 3, 2)));
    }

    @Test
    void capabilityTotalBelowTheMinimumIsMissing() {
        var content = new ApplicationContent(MemberEvents.product(),
                MemberEvents.platformCapabilities().subList(0, 6), MemberEvents.platformFocus(), List.of());
        List<Object> history = new ArrayList<>(List.of(registered(SizeBand.LT_100)));
        history.addAll(holding(5, 1, 2));
        history.add(submitted(CertificationType.PLATFORM, content));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("CAPABILITY_TOTAL", 20, 18)));
    }

    @Test
    void aCapabilityClaimedTwiceCountsOnce() {
        List<CapabilityClaim> claims = new ArrayList<>(MemberEvents.platformCapabilities().subList(0, 6));
        claims.add(claims.get(0));
        var content = new ApplicationContent(MemberEvents.product(), claims, MemberEvents.platformFocus(), List.of());
        List<Object> history = new ArrayList<>(List.of(registered(SizeBand.LT_100)));
        history.addAll(holding(5, 1, 2));
        history.add(submitted(CertificationType.PLATFORM, content));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("CAPABILITY_TOTAL", 20, 18)));
    }

    @Test
    void focusCriteriaMustBePresent() {
        var content = new ApplicationContent(MemberEvents.product(), MemberEvents.platformCapabilities(), null,
                List.of());
        List<Object> history = new ArrayList<>(List.of(registered(SizeBand.LT_100)));
        history.addAll(holding(5, 1, 2));
        history.add(submitted(CertificationType.PLATFORM, content));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(missing(new Shortfall("FOCUS_CRITERIA", 1, 0)));
    }

    @Test
    void cannotApproveWhenTheMemberLostGoodStanding() {
        List<Object> history = history(SizeBand.LT_100, CertificationType.PLATFORM, holding(5, 1, 2));
        history.add(new MemberStandingChanged(MEMBER, false, "fee unpaid"));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(refusal(Refusal.NOT_A_MEMBER_IN_GOOD_STANDING));
    }

    @Test
    void cannotApproveAnApplicationTwice() {
        var now = fixture.currentTime();
        List<Object> history = history(SizeBand.LT_100, CertificationType.PLATFORM, holding(5, 1, 2));
        history.add(new ApplicationApproved(MEMBER, APPLICATION, "cert-0", CertificationType.PLATFORM, null, "2025-1"));
        history.add(new CertificationGranted(MEMBER, "cert-0", APPLICATION, CertificationType.PLATFORM, now,
                now.plusSeconds(3600), "2025-1"));
        fixture.given(history)
                .when(new ApproveApplication(MEMBER, APPLICATION, NEW_CERTIFICATION, null))
                .expectException(InvalidState.class);
    }

    private static List<Object> history(SizeBand band, CertificationType type, List<Object> credentials) {
        List<Object> history = new ArrayList<>();
        history.add(registered(band));
        history.addAll(credentials);
        history.add(submitted(type, type == CertificationType.PLATFORM ? platformContent() : serviceProviderContent()));
        return history;
    }

    static Matcher<RuleViolation> refusal(Refusal refusal) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.refusal() == refusal;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rule violation " + refusal);
            }
        };
    }

    static Matcher<RuleViolation> missing(Shortfall... shortfalls) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.refusal() == Refusal.REQUIREMENTS_NOT_MET
                        && violation.missing().equals(List.of(shortfalls));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("REQUIREMENTS_NOT_MET missing " + List.of(shortfalls));
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText(violation.refusal() + " missing " + violation.missing());
            }
        };
    }

    /** The two events of a first approval now, under the shipped policy (valid twelve months). */
    private Object[] approvedAndGranted(CertificationType type) {
        var now = fixture.currentTime();
        var validUntil = now.atZone(ZoneOffset.UTC).plusMonths(12).toInstant();
        return new Object[]{new ApplicationApproved(MEMBER, APPLICATION, NEW_CERTIFICATION, type, null, "2025-1"),
                new CertificationGranted(MEMBER, NEW_CERTIFICATION, APPLICATION, type, now, validUntil, "2025-1")};
    }
}
