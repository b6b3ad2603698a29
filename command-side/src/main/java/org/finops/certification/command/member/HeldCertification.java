package org.finops.certification.command.member;

import org.finops.certification.events.CertificationType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A certification as the member aggregate needs it to decide. {@code windowOpen} survives a suspension;
 * {@code periodStart} and {@code remindersIssued} belong to the current validity period and restart with a renewal.
 */
public record HeldCertification(String certificationId, CertificationType type, CertificationStatus status,
                                Instant grantedOn, Instant validUntil, boolean windowOpen, String policyVersion,
                                Instant periodStart, List<String> remindersIssued) {

    public HeldCertification {
        remindersIssued = remindersIssued == null ? List.of() : List.copyOf(remindersIssued);
    }

    static HeldCertification granted(String certificationId, CertificationType type, Instant grantedOn,
                                     Instant validUntil, String policyVersion) {
        return new HeldCertification(certificationId, type, CertificationStatus.ACTIVE, grantedOn, validUntil, false,
                policyVersion, grantedOn, List.of());
    }

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

    /** A reminder is owed once per period, for a moment inside the period. */
    public boolean owesReminder(String offset, Instant moment, Instant now) {
        return !hasEnded() && !remindersIssued.contains(offset) && !now.isBefore(moment)
                && moment.isAfter(periodStart) && validUntil.isAfter(now);
    }

    HeldCertification withStatus(CertificationStatus newStatus) {
        return new HeldCertification(certificationId, type, newStatus, grantedOn, validUntil, windowOpen,
                policyVersion, periodStart, remindersIssued);
    }

    /** A renewal lifts an expiry (the gap stays in the history) but not a suspension, and starts a new period. */
    HeldCertification renewed(CertificationType newType, Instant validFrom, Instant newValidUntil,
                              String newPolicyVersion) {
        CertificationStatus newStatus = status == CertificationStatus.SUSPENDED ? status : CertificationStatus.ACTIVE;
        return new HeldCertification(certificationId, newType, newStatus, grantedOn, newValidUntil, false,
                newPolicyVersion, validFrom, List.of());
    }

    HeldCertification withWindowOpen() {
        CertificationStatus newStatus = status == CertificationStatus.SUSPENDED ? status : CertificationStatus.RENEWAL_DUE;
        return new HeldCertification(certificationId, type, newStatus, grantedOn, validUntil, true, policyVersion,
                periodStart, remindersIssued);
    }

    HeldCertification withReminderIssued(String offset) {
        List<String> issued = new ArrayList<>(remindersIssued);
        issued.add(offset);
        return new HeldCertification(certificationId, type, status, grantedOn, validUntil, windowOpen, policyVersion,
                periodStart, issued);
    }
}
