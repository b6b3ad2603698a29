package org.finops.certification.rules;

import org.finops.certification.events.CertificationEvent;
import org.finops.certification.events.CertificationExpired;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.CertificationType;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.RenewalReminderDue;
import org.finops.certification.events.RenewalReminderIssued;
import org.finops.certification.events.RenewalRequested;
import org.finops.certification.events.RenewalWindowOpened;
import org.finops.certification.events.TransferRefused;

import java.time.Instant;
import java.util.Optional;

/**
 * The certification state machine, written once: the command side decides with it, the read models show it. A
 * suspension survives a renewal and an opened window; a renewal lifts an expiry (the gap stays in the history) and
 * starts a new period; {@code windowOpen} survives a suspension, so a reinstatement returns to RENEWAL_DUE.
 */
public record CertificationState(String certificationId, String memberId, CertificationType type,
                                 CertificationStatus status, Instant grantedOn, Instant validUntil,
                                 String policyVersion, boolean windowOpen, Instant periodStart) {

    /** @return the state a grant or an import begins with; empty for any later event */
    public static Optional<CertificationState> begunBy(CertificationEvent event) {
        return switch (event) {
            case CertificationGranted granted -> Optional.of(new CertificationState(granted.certificationId(),
                    granted.memberId(), granted.type(), CertificationStatus.ACTIVE, granted.grantedOn(),
                    granted.validUntil(), granted.policyVersion(), false, granted.grantedOn()));
            case LegacyCertificationImported legacy -> Optional.of(new CertificationState(legacy.certificationId(),
                    legacy.memberId(), legacy.legacyType(), CertificationStatus.ACTIVE, legacy.grantedOn(),
                    legacy.validUntil(), null, false, legacy.grantedOn()));
            default -> Optional.empty();
        };
    }

    /** The state after the event; an event that changes nothing here (a reminder, a refused transfer) keeps it. */
    public CertificationState next(CertificationEvent event) {
        return switch (event) {
            case CertificationRenewed renewed -> new CertificationState(certificationId, memberId, renewed.type(),
                    status == CertificationStatus.SUSPENDED ? status : CertificationStatus.ACTIVE, grantedOn,
                    renewed.validUntil(), renewed.policyVersion(), false, renewed.validFrom());
            case RenewalWindowOpened opened -> new CertificationState(certificationId, memberId, type,
                    status == CertificationStatus.SUSPENDED ? status : CertificationStatus.RENEWAL_DUE, grantedOn,
                    validUntil, policyVersion, true, periodStart);
            case CertificationExpired expired -> withStatus(CertificationStatus.EXPIRED);
            case CertificationSuspended suspended -> withStatus(CertificationStatus.SUSPENDED);
            case CertificationReinstated reinstated ->
                    withStatus(windowOpen ? CertificationStatus.RENEWAL_DUE : CertificationStatus.ACTIVE);
            case CertificationRevoked revoked -> withStatus(CertificationStatus.REVOKED);
            case CertificationGranted granted -> this;
            case LegacyCertificationImported legacy -> this;
            case RenewalRequested requested -> this;
            case RenewalReminderDue due -> this;
            case RenewalReminderIssued issued -> this;
            case TransferRefused refused -> this;
        };
    }

    public boolean hasEnded() {
        return status.hasEnded();
    }

    public boolean isInForceAt(Instant instant) {
        return !hasEnded() && validUntil.isAfter(instant);
    }

    private CertificationState withStatus(CertificationStatus newStatus) {
        return new CertificationState(certificationId, memberId, type, newStatus, grantedOn, validUntil, policyVersion,
                windowOpen, periodStart);
    }
}
