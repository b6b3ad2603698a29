package org.finops.certification.command.execution;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * How many SQL statements one command costs, from its target's lookup to its commit, recorded as
 * {@code certification.command.statements} by command type: the round trips a command makes to PostgreSQL, which
 * bound what the database serves (docs/operations.md). Statements are noted by the data source, on the thread that
 * runs them; a batch is one statement, as it is one round trip. The commit is one round trip more, not counted.
 */
public final class CommandStatements {
    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();

    private CommandStatements() {
    }

    /** Called by the data source for every statement run: on a thread that runs no command, nothing happens. */
    public static void note() {
        int[] count = COUNTING.get();
        if (count != null) {
            count[0]++;
        }
    }

    /** Counts on this thread until {@link Counting#close}, which records the count for the command's type. */
    static Counting count(Object command, MeterRegistry meters) {
        int[] count = new int[1];
        COUNTING.set(count);
        return () -> {
            COUNTING.remove();
            DistributionSummary.builder("certification.command.statements").baseUnit("statements")
                    .description("SQL statements run by one command, from its lookup to its commit")
                    .tag("type", command.getClass().getSimpleName()).register(meters).record(count[0]);
        };
    }

    interface Counting extends AutoCloseable {
        @Override
        void close();
    }
}
