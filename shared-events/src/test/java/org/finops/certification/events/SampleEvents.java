package org.finops.certification.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One instance of every published event with every field set, and one with every optional field empty. */
final class SampleEvents {
    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final Offering OFFERING = new Offering("Acme Cloud Cost", "https://acme.example/p", false, false);
    private static final List<CapabilityClaim> CAPABILITIES =
            List.of(new CapabilityClaim("allocation", "https://acme.example/a"));
    private static final FocusEvidence FOCUS =
            new FocusEvidence("1.2", List.of(FocusMode.EXPORT), "https://acme.example/f", "evidence");
    private static final List<CommunityContribution> COMMUNITY =
            List.of(new CommunityContribution(CommunityKind.WORKING_GROUP, "https://acme.example/wg"));

    private SampleEvents() {
    }

    static List<Object> complete() {
        return List.of(
                new MemberRegistered("acme", "Acme Corp", SizeBand.FROM_500_TO_4999, true, "c@acme.example"),
                new MemberStandingChanged("acme", false, "fee unpaid"),
                new MemberSizeBandChanged("acme", SizeBand.FROM_5000, SizeBand.FROM_500_TO_4999, "grew"),
                new IndividualCertificationRecorded("acme", "FCP-1", "alice", IndividualCertificationType.ENGINEER,
                        LocalDate.parse("2025-01-02"), LocalDate.parse("2027-01-02")),
                new IndividualCertificationWithdrawn("acme", "FCP-1", IndividualCertificationType.ENGINEER, "left"),
                new ApplicationSubmitted("acme", "app-1", CertificationType.PLATFORM, OFFERING, CAPABILITIES, FOCUS,
                        COMMUNITY, "cert-0", "cert-9", "2025-1"),
                new ApplicationApproved("acme", "app-1", "cert-1", CertificationType.PLATFORM, "ok", "2025-1"),
                new ApplicationRejected("acme", "app-1", "no", "2025-1"),
                new ApplicationWithdrawn("acme", "app-1", "later"),
                new CertificationGranted("acme", "cert-1", "app-1", CertificationType.PLATFORM, T, T, "2025-1"),
                new RenewalRequested("acme", "cert-1", "app-2", CertificationType.PLATFORM, "2025-1"),
                new CertificationRenewed("acme", "cert-1", "app-2", CertificationType.PLATFORM, T, T, T, "2025-1"),
                new RenewalWindowOpened("acme", "cert-1", T, "2025-1"),
                new CertificationExpired("acme", "cert-1", T),
                new CertificationSuspended("acme", "cert-1", "standing"),
                new CertificationReinstated("acme", "cert-1", "standing"),
                new CertificationRevoked("acme", "cert-1", "misuse"),
                new TransferRefused("acme", "cert-1", RefusedRequest.TRANSFER, "globex", "acquired", "not transferable"),
                new LegacyCertificationImported("acme", "cert-2", CertificationType.LEGACY_SPECIALTY_SOLUTION, T, T,
                        "LEG-1"),
                new PolicyPublished("2025-1", T, "P12M", "P90D", List.of("P90D", "P7D"),
                        Map.of(CertificationType.PLATFORM, Map.of(SizeBand.LT_100,
                                Map.of(IndividualCertificationType.PRACTITIONER, 5))),
                        Map.of(IndividualCertificationType.PRACTITIONER,
                                List.of(IndividualCertificationType.PRACTITIONER, IndividualCertificationType.ENGINEER)),
                        Map.of(CertificationType.PLATFORM, Map.of("allocation", 3)),
                        Map.of(CertificationType.PLATFORM, 20)),
                new RenewalReminderIssued("acme", "cert-1", "PLATFORM", T, "P30D", T),
                new RenewalReminderDue("acme", "cert-1", T, "P30D", T, "2025-1"));
    }

    static List<Object> withOptionalFieldsEmpty() {
        return List.of(
                new MemberStandingChanged("acme", true, null),
                new MemberSizeBandChanged("acme", SizeBand.LT_100, null, null),
                new IndividualCertificationRecorded("acme", "FCP-1", "alice", IndividualCertificationType.PRACTITIONER,
                        LocalDate.parse("2025-01-02"), null),
                new ApplicationSubmitted("acme", "app-1", CertificationType.SERVICE_PROVIDER,
                        new Offering(null, "https://acme.example/s", null, null), List.of(), null, List.of(), null,
                        null, "2025-1"),
                new ApplicationApproved("acme", "app-1", "cert-1", CertificationType.SERVICE_PROVIDER, null, "2025-1"),
                new ApplicationWithdrawn("acme", "app-1", null),
                new TransferRefused("acme", "cert-1", RefusedRequest.WHITE_LABEL_EXTENSION, null, null,
                        "not transferable"));
    }
}
