package org.finops.certification.bench;

import org.finops.certification.testing.Prometheus;

/**
 * SQL statements per command, from the command side's {@code certification.command.statements} (Prometheus), as
 * an operator's monitoring reads it: what the commands sent so far cost PostgreSQL in round trips, commits aside.
 */
final class Statements {
    private static final String METRIC = "certification_command_statements";

    private Statements() {
    }

    /** @return the mean over every command type since the command side started */
    static double perCommand(int commandSidePort) {
        double count = Prometheus.sum(commandSidePort, METRIC + "_count");
        return count == 0 ? Double.NaN : Prometheus.sum(commandSidePort, METRIC + "_sum") / count;
    }
}
