package org.finops.certification.events;

/** An event in the life of one certification: its grant or import, renewals, time, sanctions, refused transfers. */
public sealed interface CertificationEvent extends MemberEvent permits CertificationGranted,
        LegacyCertificationImported, CertificationRenewed, RenewalRequested, RenewalWindowOpened, RenewalReminderDue,
        RenewalReminderIssued, CertificationExpired, CertificationSuspended, CertificationReinstated,
        CertificationRevoked, TransferRefused {
    String certificationId();
}
