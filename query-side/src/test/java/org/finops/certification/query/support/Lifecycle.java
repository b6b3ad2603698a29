package org.finops.certification.query.support;

import org.finops.certification.events.ApplicationApproved;
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
import org.finops.certification.events.PolicyPublished;
import org.finops.certification.events.RefusedRequest;
import org.finops.certification.events.SizeBand;
import org.finops.certification.events.TransferRefused;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** A member's certification lifecycle, as the command side publishes it. */
public final class Lifecycle {
    public static final String POLICY = "test-policy";

    private Lifecycle() {
    }

    /** A small policy: LT_100 PLATFORM needs 5 practitioners (engineers count), 1 professional, 2 FOCUS analysts. */
    public static PolicyPublished policy() {
        Map<IndividualCertificationType, Integer> small = Map.of(IndividualCertificationType.PRACTITIONER, 5,
                IndividualCertificationType.PROFESSIONAL, 1, IndividualCertificationType.FOCUS_ANALYST, 2);
        return new PolicyPublished(POLICY, Instant.parse("2020-01-01T00:00:00Z"), "P12M", "P90D",
                List.of("P90D", "P30D"),
                Map.of(CertificationType.PLATFORM, Map.of(SizeBand.LT_100, small),
                        CertificationType.SERVICE_PROVIDER, Map.of(SizeBand.LT_100, small)),
                Map.of(IndividualCertificationType.PRACTITIONER,
                        List.of(IndividualCertificationType.PRACTITIONER, IndividualCertificationType.ENGINEER)),
                Map.of(CertificationType.PLATFORM, Map.of("allocation", 3)), Map.of(CertificationType.PLATFORM, 3));
    }

    /** Registration, exactly enough credentials, an application, its approval and a refused transfer. */
    public static List<Object> certified(String memberId, String legalName, String certificationId,
                                         String applicationId, Instant grantedOn) {
        Instant validUntil = grantedOn.plus(365, ChronoUnit.DAYS);
        return List.of(
                new MemberRegistered(memberId, legalName, SizeBand.LT_100, true, "certs@" + memberId + ".example"),
                credential(memberId, "p1", IndividualCertificationType.PRACTITIONER),
                credential(memberId, "p2", IndividualCertificationType.PRACTITIONER),
                credential(memberId, "p3", IndividualCertificationType.PRACTITIONER),
                credential(memberId, "e1", IndividualCertificationType.ENGINEER),
                credential(memberId, "e2", IndividualCertificationType.ENGINEER),
                credential(memberId, "pro1", IndividualCertificationType.PROFESSIONAL),
                credential(memberId, "fa1", IndividualCertificationType.FOCUS_ANALYST),
                credential(memberId, "fa2", IndividualCertificationType.FOCUS_ANALYST),
                new ApplicationSubmitted(memberId, applicationId, CertificationType.PLATFORM,
                        new Offering("Cost Tool", "https://x.example/p", false, false),
                        List.of(new CapabilityClaim("allocation", "https://x.example/a")),
                        new FocusEvidence("1.2", List.of(FocusMode.EXPORT), "https://x.example/f", null), List.of(),
                        null, null, POLICY),
                new ApplicationApproved(memberId, applicationId, certificationId, CertificationType.PLATFORM,
                        "meets the policy", POLICY),
                new CertificationGranted(memberId, certificationId, applicationId, CertificationType.PLATFORM,
                        grantedOn, validUntil, POLICY),
                new TransferRefused(memberId, certificationId, RefusedRequest.TRANSFER, "buyer", "acquired",
                        "certifications are not transferable"));
    }

    public static IndividualCertificationRecorded credential(String memberId, String person,
                                                             IndividualCertificationType type) {
        return new IndividualCertificationRecorded(memberId, memberId + "-" + person, person, type,
                LocalDate.parse("2025-01-01"), null);
    }
}
