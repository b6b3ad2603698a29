package org.finops.certification.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Where a certification stands; only ACTIVE and RENEWAL_DUE are in force. */
public enum CertificationStatus {
    ACTIVE,
    RENEWAL_DUE,
    SUSPENDED,
    REVOKED,
    EXPIRED;

    /** The status a request or an answer names, if it names one ({@code valueOf} throws for anything else). */
    public static Optional<CertificationStatus> named(String code) {
        return Arrays.stream(values()).filter(status -> status.name().equals(code)).findFirst();
    }

    /** Revoked or expired: nothing more happens to it but a new application. */
    public boolean hasEnded() {
        return this == REVOKED || this == EXPIRED;
    }

    /** Active or due for renewal: what the public directory lists, what a lost standing suspends. */
    public boolean isCurrent() {
        return this == ACTIVE || this == RENEWAL_DUE;
    }

    /**
     * What may be asked of a certification in this status; the command side refuses the rest. A suspended one is not
     * renewed: its member has lost the good standing a renewal requires.
     */
    public Set<CertificationAction> actions() {
        if (hasEnded()) {
            return EnumSet.noneOf(CertificationAction.class);
        }
        if (this == SUSPENDED) {
            return EnumSet.of(CertificationAction.REVOKE, CertificationAction.REINSTATE);
        }
        return EnumSet.of(CertificationAction.RENEW, CertificationAction.REVOKE, CertificationAction.SUSPEND);
    }

    public boolean allows(CertificationAction action) {
        return actions().contains(action);
    }
}
