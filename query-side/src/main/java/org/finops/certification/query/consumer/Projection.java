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

    /**
     * Writes what the projection held in memory ({@link org.finops.certification.query.views.BulkFill#held}) while
     * a rebuild's worker filled the generation in bulk; nothing for a projection that writes every batch as it comes.
     */
    default void endOfFill(ViewStore views) {
    }

    /**
     * Once every worker of a rebuild has written what it held: writes what is derived from the other projections'
     * tables as a whole, in one pass; nothing for a projection that wrote it all as the events came.
     */
    default void afterFill(ViewStore views) {
    }

    default Reads reads() {
        return Reads.OWN_TABLES_ONLY;
    }
}
