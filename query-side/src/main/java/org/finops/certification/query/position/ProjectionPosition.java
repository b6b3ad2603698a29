package org.finops.certification.query.position;

import org.finops.certification.query.views.ViewGenerations;
import org.finops.certification.query.views.ViewStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the read models have consumed, in the command side's store positions. A command answers with the
 * position of its events ({@code X-Event-Position}); a query with {@code minPosition} waits (bounded) until the
 * event at that position is applied, and with it every earlier event of the same member.
 */
@Component
public class ProjectionPosition {
    private final ViewGenerations generations;
    private final Duration maxWait;
    private final AtomicLong batchesApplied = new AtomicLong();

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
     * @return whether the event at {@code position} was applied before the wait ran out. Woken when this instance
     * applies a batch; checked every 5 ms besides, for the batches other instances apply to the same views.
     */
    public boolean awaitApplied(long position) throws InterruptedException {
        Instant deadline = Instant.now().plus(maxWait);
        while (true) {
            long batchesBefore = batchesApplied.get();
            ViewStore views = generations.active();
            if (applied(views, position)) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            synchronized (batchesApplied) {
                if (batchesApplied.get() == batchesBefore) {
                    batchesApplied.wait(5);
                }
            }
        }
    }

    /** This instance committed a batch to the views: the queries waiting for a position look again. */
    public void batchApplied() {
        synchronized (batchesApplied) {
            batchesApplied.incrementAndGet();
            batchesApplied.notifyAll();
        }
    }

    private static boolean applied(ViewStore views, long position) {
        Integer exact = views.jdbc().queryForObject("SELECT count(*) FROM " + views.table("processed_event")
                + " WHERE position = ?", Integer.class, position);
        return exact != null && exact > 0;
    }
}
