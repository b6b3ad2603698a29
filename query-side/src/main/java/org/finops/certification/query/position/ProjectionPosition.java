package org.finops.certification.query.position;

import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeUnit;

/**
 * How far the read models have consumed, in the command side's store positions. A command answers with the
 * position of its events ({@code X-Event-Position}); a query with {@code minPosition} waits (bounded) until the
 * event at that position is applied, and with it every earlier event of the same member.
 */
@Component
public class ProjectionPosition {
    /** Other instances' batches wake nobody here: the database is asked again this often while a query waits. */
    private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private final ViewGenerations generations;
    private final Duration maxWait;
    private final RecentlyApplied appliedHere = new RecentlyApplied();

    public ProjectionPosition(ViewGenerations generations,
                              @Value("${cert.views.min-position-wait:PT5S}") Duration maxWait) {
        this.generations = generations;
        this.maxWait = maxWait;
    }

    /** The highest position applied. */
    public long current() {
        ViewStore views = generations.active();
        Long position = views.jdbc().queryForObject("SELECT max(position) FROM "
                + views.table("processed_event"), Long.class);
        return position == null ? 0 : position;
    }

    /**
     * @return whether the event at {@code position} was applied before the wait ran out. This instance's batches
     * wake the wait and are answered from memory; the database is asked when the wait begins and every 5 ms after,
     * for the batches other instances apply to the same views. (Asking it on every wake-up cost about eleven
     * queries per waiting request in the benchmark's end-to-end phase, the query side's most frequent statement.)
     */
    public boolean awaitApplied(long position) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            ViewStore views = generations.active();
            if (appliedHere.contains(views.schema(), position) || applied(views, position)) {
                return true;
            }
            long now = System.nanoTime();
            if (now - deadline >= 0) {
                return false;
            }
            long recheck = Math.min(deadline - now, RECHECK_NANOS);
            if (appliedHere.awaitContains(views.schema(), position, recheck)) {
                return true;
            }
        }
    }

    /** This instance committed a batch with these positions to the views of {@code schema}. */
    public void batchApplied(String schema, Collection<Long> positions) {
        appliedHere.add(schema, positions);
    }

    private static boolean applied(ViewStore views, long position) {
        Integer exact = views.jdbc().queryForObject("SELECT count(*) FROM " + views.table("processed_event")
                + " WHERE position = ?", Integer.class, position);
        return exact != null && exact > 0;
    }
}
