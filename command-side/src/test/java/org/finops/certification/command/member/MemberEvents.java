package org.finops.certification.command.member;

import org.finops.certification.command.member.application.ApplicationContent;

import org.finops.certification.events.ApplicationSubmitted;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.FocusEvidence;
import org.finops.certification.events.FocusMode;
import org.finops.certification.events.IndividualCertificationRecorded;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.MemberRegistered;
import org.finops.certification.events.Offering;
import org.finops.certification.events.SizeBand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Histories for the member aggregate tests, in the domain's words. */
final class MemberEvents {
    static final String MEMBER = "acme";
    static final String APPLICATION = "app-1";
    static final String CERTIFICATION = "cert-1";
    static final LocalDate ISSUED = LocalDate.parse("2025-06-01");

    private MemberEvents() {
    }

    static MemberRegistered registered(SizeBand band) {
        return new MemberRegistered(MEMBER, "Acme Corp", band, true, "certs@acme.example");
    }

    static List<Object> credentials(IndividualCertificationType type, int count) {
        return credentials(type, count, null);
    }

    static List<Object> credentials(IndividualCertificationType type, int count, LocalDate expiresOn) {
        return IntStream.range(0, count).<Object>mapToObj(i -> new IndividualCertificationRecorded(MEMBER,
                type + "-" + i, "person-" + type + "-" + i, type, ISSUED, expiresOn)).toList();
    }

    /** Exactly what a band needs: practitioners, professionals and FOCUS analysts. */
    static List<Object> holding(int practitioners, int professionals, int focusAnalysts) {
        List<Object> events = new ArrayList<>();
        events.addAll(credentials(IndividualCertificationType.PRACTITIONER, practitioners));
        events.addAll(credentials(IndividualCertificationType.PROFESSIONAL, professionals));
        events.addAll(credentials(IndividualCertificationType.FOCUS_ANALYST, focusAnalysts));
        return events;
    }

    static Offering product() {
        return new Offering("Acme Cloud Cost", "https://acme.example/product", false, false);
    }

    static Offering consultancy() {
        return new Offering("Acme FinOps Services", "https://acme.example/finops", null, null);
    }

    /** Seven platform capabilities worth 3 each: 21, above the platform minimum of 20. */
    static List<CapabilityClaim> platformCapabilities() {
        return List.of("data-ingestion", "allocation", "reporting-analytics", "anomaly-management", "forecasting",
                        "unit-economics", "rate-optimization").stream()
                .map(id -> new CapabilityClaim(id, "https://acme.example/docs/" + id)).toList();
    }

    /** Six service-provider capabilities worth 3 each: 18, the service-provider minimum. */
    static List<CapabilityClaim> serviceProviderCapabilities() {
        return List.of("finops-practice-operations", "finops-assessment", "education-enablement",
                        "policy-governance", "executive-strategy-alignment", "onboarding-workloads").stream()
                .map(id -> new CapabilityClaim(id, "https://acme.example/services/" + id)).toList();
    }

    static FocusEvidence platformFocus() {
        return new FocusEvidence("1.2", List.of(FocusMode.EXPORT), "https://acme.example/focus", null);
    }

    static FocusEvidence serviceProviderFocus() {
        return new FocusEvidence(null, List.of(), "https://acme.example/focus", "FOCUS adoption engagements");
    }

    static ApplicationContent platformContent() {
        return new ApplicationContent(product(), platformCapabilities(), platformFocus(), List.of());
    }

    static ApplicationContent serviceProviderContent() {
        return new ApplicationContent(consultancy(), serviceProviderCapabilities(), serviceProviderFocus(), List.of());
    }

    static ApplicationSubmitted submitted(CertificationType type, ApplicationContent content) {
        return new ApplicationSubmitted(MEMBER, APPLICATION, type, content.offering(), content.capabilities(),
                content.focus(), content.community(), null, null, "2025-1");
    }

    static ApplicationSubmitted platformSubmitted() {
        return submitted(CertificationType.PLATFORM, platformContent());
    }

    static CertificationGranted granted(Instant grantedOn, Instant validUntil) {
        return new CertificationGranted(MEMBER, CERTIFICATION, "app-0", CertificationType.PLATFORM, grantedOn,
                validUntil, "2025-1");
    }
}
