package org.finops.certification.query.certification;

import org.finops.certification.query.consumer.ProjectedEvent;
import org.finops.certification.query.views.ViewStore;
import org.finops.certification.rules.CertificationState;

/**
 * A read model that follows the state of certifications: {@link CertificationProjection} hands it each new state
 * after it stored it, so the order between them is a call, not a convention.
 */
public interface CertificationStateView {
    void on(CertificationState state, ProjectedEvent event, ViewStore views);
}
