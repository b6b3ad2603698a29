package org.finops.certification.events;

/** An event that carries the reason a person gave for it. */
public sealed interface Explained permits ApplicationRejected, ApplicationWithdrawn, CertificationReinstated,
        CertificationRevoked, CertificationSuspended, IndividualCertificationWithdrawn, MemberSizeBandChanged,
        MemberStandingChanged {
    String reason();
}
