package org.finops.certification.query.renewal;

import org.finops.certification.query.certification.CertificationListing;
import org.springframework.stereotype.Component;

/**
 * The certifications in force, by expiry: a row follows its certification's state as the certification projection
 * hands it over, and leaves when the certification is revoked or has expired.
 */
@Component
public class RenewalDueProjection extends CertificationListing {

    public RenewalDueProjection() {
        super("renewal_due", "legal_name", true, status -> !status.hasEnded());
    }
}
