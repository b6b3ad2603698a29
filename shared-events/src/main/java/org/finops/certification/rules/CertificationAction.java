package org.finops.certification.rules;

/** What a person may still do with a certification, given where it stands ({@link CertificationStatus#actions()}). */
public enum CertificationAction {
    /** Apply for its renewal: the member, while it is in force. */
    RENEW,
    /** End it for good, with a reason: staff, until it has ended. */
    REVOKE,
    /** Suspend it with the member's good standing: staff, while it is in force. */
    SUSPEND,
    /** Reinstate it with the member's good standing: staff, while it is suspended. */
    REINSTATE
}
