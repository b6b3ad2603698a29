package org.finops.certification.command.member;

import org.finops.certification.events.CertificationType;

import java.time.Instant;

/** A certification as the member aggregate needs it to decide; {@code windowOpen} survives a suspension. */
public record HeldCertification(String certificationId, CertificationType type, CertificationStatus status,
                                Instant grantedOn, Instant validUntil, boolean windowOpen) {

    public boolean isInForceAt(Instant instant) {
        return !hasEnded() && validUntil.isAfter(instant);
    }

    public boolean hasEnded() {
        return status == CertificationStatus.REVOKED || status == CertificationStatus.EXPIRED;
    }

    public boolean isSuspendable() {
        return status == CertificationStatus.ACTIVE || status == CertificationStatus.RENEWAL_DUE;
    }

    public CertificationStatus statusWhenReinstated() {
        return windowOpen ? CertificationStatus.RENEWAL_DUE : CertificationStatus.ACTIVE;
    }

    HeldCertification withStatus(CertificationStatus newStatus) {
        return new HeldCertification(certificationId, type, newStatus, grantedOn, validUntil, windowOpen);
    }

    HeldCertification renewed(CertificationType newType, Instant newValidUntil) {
        CertificationStatus newStatus = status == CertificationStatus.SUSPENDED ? status : CertificationStatus.ACTIVE;
        return new HeldCertification(certificationId, newType, newStatus, grantedOn, newValidUntil, false);
    }

    HeldCertification withWindowOpen() {
        CertificationStatus newStatus = status == CertificationStatus.SUSPENDED ? status : CertificationStatus.RENEWAL_DUE;
        return new HeldCertification(certificationId, type, newStatus, grantedOn, validUntil, true);
    }
}
