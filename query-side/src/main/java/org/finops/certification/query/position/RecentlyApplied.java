package org.finops.certification.query.position;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * The positions this instance applied last, to one generation of the views: what a waiting query needs to know
 * without asking the database. Bounded: a position forgotten (or applied by another instance) is found in the
 * database instead. A switch to another generation forgets the old one's.
 */
final class RecentlyApplied {
    /** Several seconds of events at the peak; a query waits for a position its command was just answered with. */
    private static final int REMEMBERED = 16_384;

    private final SequencedSet<Long> positions = new LinkedHashSet<>();
    private String schema;

    synchronized void add(String applied, Collection<Long> batch) {
        if (!applied.equals(schema)) {
            positions.clear();
            schema = applied;
        }
        positions.addAll(batch);
        while (positions.size() > REMEMBERED) {
            positions.removeFirst();
        }
        notifyAll();
    }

    synchronized boolean contains(String views, long position) {
        return views.equals(schema) && positions.contains(position);
    }

    /** @return whether the position was applied here within {@code nanos}; woken by every batch applied here */
    synchronized boolean awaitContains(String views, long position, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        while (!contains(views, position)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(left / 1_000_000, (int) (left % 1_000_000));
        }
        return true;
    }
}
