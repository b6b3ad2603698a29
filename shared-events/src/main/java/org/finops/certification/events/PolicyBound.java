package org.finops.certification.events;

/** An event decided under a policy version (a policy's own publication names itself): the rules it followed. */
public sealed interface PolicyBound permits ApplicationSubmitted, ApplicationApproved, ApplicationRejected,
        CertificationGranted, CertificationRenewed, RenewalRequested, RenewalWindowOpened, RenewalReminderDue,
        PolicyPublished {
    String policyVersion();
}
