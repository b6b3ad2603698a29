package org.finops.certification.command.member.application;

import org.finops.certification.events.CertificationType;
import org.finops.certification.events.Offering;

import java.util.Optional;

/** Whether what is offered is the kind of thing the certification type is for. */
final class OfferingFit {
    private OfferingFit() {
    }

    static Optional<String> misfit(CertificationType type, Offering offering) {
        boolean openSource = Boolean.TRUE.equals(offering.openSource());
        boolean foundingMaintainer = Boolean.TRUE.equals(offering.foundingMaintainer());
        if (type == CertificationType.PLATFORM && openSource && !foundingMaintainer) {
            return Optional.of("an open-source project qualifies as a platform only when the member is one of its"
                    + " founding maintainers");
        }
        if (type == CertificationType.SERVICE_PROVIDER && (openSource || foundingMaintainer)) {
            return Optional.of("a service provider is certified for a dedicated FinOps service offering, not for a"
                    + " software product or project");
        }
        return Optional.empty();
    }
}
