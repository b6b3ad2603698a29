package org.finops.certification.query.consumer;

import org.finops.certification.query.views.ViewStore;

import java.util.List;

/**
 * One read model: applies a batch of new events, in stream order, to its tables of the given generation, inside the
 * batch's transaction, in a few statements whatever the batch's size (a rebuild replays millions of events, the
 * live consumer a handful at a time; both take this one path).
 */
public interface Projection {

    /**
     * What a projection reads besides its own tables, which decides when in a batch it runs: after the projections
     * that write what it reads.
     */
    enum Reads {
        OWN_TABLES_ONLY,
        /** the member view */
        MEMBERS,
        /** the member view and the certifications' status */
        MEMBERS_AND_CERTIFICATIONS
    }

    void onAll(List<ProjectedEvent> events, ViewStore views);

    default Reads reads() {
        return Reads.OWN_TABLES_ONLY;
    }
}
