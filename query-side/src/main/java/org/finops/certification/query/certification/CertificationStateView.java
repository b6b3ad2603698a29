package org.finops.certification.query.certification;

import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;

import java.util.Collection;

/**
 * A read model that follows the state of certifications: {@link CertificationProjection} hands it the latest state
 * of each certification a batch moved, after it stored them, so the order between them is a call, not a convention.
 */
public interface CertificationStateView {
    void onAll(Collection<CertificationState> latest, ViewStore views);
}
