package org.finops.certification.query.consumer;

import org.finops.certification.query.views.ViewStore;

import java.util.List;

/**
 * A read model that only adds rows no other projection reads while a batch is applied (the audit trail): it gets
 * the batch's new events at once, in stream order, and writes them in one round trip instead of one per event.
 */
public interface AppendOnlyProjection {
    void onAll(List<ProjectedEvent> events, ViewStore views);
}
