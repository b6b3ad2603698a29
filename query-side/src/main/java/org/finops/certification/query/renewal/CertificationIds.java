package org.finops.certification.query.renewal;

import org.finops.certification.events.CertificationExpired;
import org.finops.certification.events.CertificationGranted;
import org.finops.certification.events.CertificationReinstated;
import org.finops.certification.events.CertificationRenewed;
import org.finops.certification.events.CertificationRevoked;
import org.finops.certification.events.CertificationSuspended;
import org.finops.certification.events.LegacyCertificationImported;
import org.finops.certification.events.RenewalWindowOpened;

/** The certification whose status an event changes, or null. */
public final class CertificationIds {
    private CertificationIds() {
    }

    public static String of(Object payload) {
        return switch (payload) {
            case CertificationGranted e -> e.certificationId();
            case LegacyCertificationImported e -> e.certificationId();
            case CertificationRenewed e -> e.certificationId();
            case RenewalWindowOpened e -> e.certificationId();
            case CertificationExpired e -> e.certificationId();
            case CertificationSuspended e -> e.certificationId();
            case CertificationReinstated e -> e.certificationId();
            case CertificationRevoked e -> e.certificationId();
            default -> null;
        };
    }
}
