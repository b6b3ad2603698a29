package org.finops.certification.rules;

/** Where a certification stands; only ACTIVE and RENEWAL_DUE are in force. */
public enum CertificationStatus {
    ACTIVE,
    RENEWAL_DUE,
    SUSPENDED,
    REVOKED,
    EXPIRED
}
