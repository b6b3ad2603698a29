package org.finops.certification.query.directory;

import org.finops.certification.query.certification.CertificationListing;
import org.finops.certification.rules.CertificationStatus;
import org.springframework.stereotype.Component;

/**
 * The public directory: a member is listed with its name, the type and the validity of each certification that
 * is active (or due for renewal). Suspended, revoked and expired certifications are not listed. Nothing that
 * could rank members is kept here.
 */
@Component
public class DirectoryProjection extends CertificationListing {

    public DirectoryProjection() {
        super("directory_entry", "name", false, CertificationStatus::isCurrent);
    }
}
