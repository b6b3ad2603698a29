package org.finops.certification.console.web;

import org.finops.certification.events.ApplicationRejected;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.CommunityKind;
import org.finops.certification.events.FocusMode;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.SizeBand;
import org.finops.certification.events.TransferRefused;
import org.finops.certification.rules.ApplicationStatus;
import org.finops.certification.rules.CertificationAction;
import org.finops.certification.rules.CertificationStatus;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The rules the pages ask ({@code @rules} in the templates) instead of deciding again: which types one applies for,
 * what a certification in a status still offers, whether an application is still open. Codes the APIs answer with
 * are read here; a code these rules do not know offers nothing.
 */
@Component("rules")
public class Rules {
    private static final Set<String> REFUSALS = Set.of(ApplicationRejected.class.getSimpleName(),
            TransferRefused.class.getSimpleName());

    public List<CertificationType> offeredTypes() {
        return CertificationType.offered();
    }

    public List<CertificationType> legacyTypes() {
        return CertificationType.legacy();
    }

    public List<CertificationType> certificationTypes() {
        return List.of(CertificationType.values());
    }

    public List<CertificationStatus> certificationStatuses() {
        return List.of(CertificationStatus.values());
    }

    public List<ApplicationStatus> applicationStatuses() {
        return List.of(ApplicationStatus.values());
    }

    public List<IndividualCertificationType> individualTypes() {
        return List.of(IndividualCertificationType.values());
    }

    public List<SizeBand> sizeBands() {
        return List.of(SizeBand.values());
    }

    public List<String> focusModes() {
        return Arrays.stream(FocusMode.values()).map(Enum::name).toList();
    }

    public List<String> communityKinds() {
        return Arrays.stream(CommunityKind.values()).map(Enum::name).toList();
    }

    /** Whether a certification in the status the API answered offers the action (RENEW, REVOKE, ...). */
    public boolean offers(String status, String action) {
        return CertificationStatus.named(status).map(CertificationStatus::actions).orElse(Set.of())
                .contains(CertificationAction.valueOf(action));
    }

    public boolean hasEnded(String status) {
        return CertificationStatus.named(status).map(CertificationStatus::hasEnded).orElse(false);
    }

    public boolean isOpen(String applicationStatus) {
        return ApplicationStatus.named(applicationStatus).map(ApplicationStatus::isOpen).orElse(false);
    }

    /** A trail entry that refused the member something: a rejected application, a transfer or extension refused. */
    public static boolean isRefusal(String eventType) {
        return REFUSALS.contains(eventType);
    }
}
