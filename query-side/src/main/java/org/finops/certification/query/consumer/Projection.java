package org.finops.certification.query.consumer;

import org.finops.certification.query.views.ViewStore;

/** One read model: applies an event to its tables of the given generation, inside the batch's transaction. */
public interface Projection {
    void on(ProjectedEvent event, ViewStore views);
}
