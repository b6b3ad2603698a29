package org.finops.certification.command.member;

public enum CertificationStatus {
    ACTIVE,
    RENEWAL_DUE,
    SUSPENDED,
    REVOKED,
    EXPIRED
}
