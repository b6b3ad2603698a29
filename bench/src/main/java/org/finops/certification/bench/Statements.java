package org.finops.certification.bench;

import org.finops.certification.testing.Api;

import java.util.Map;

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
        double sum = 0;
        double count = 0;
        try (Api api = new Api(commandSidePort)) {
            String text = api.send("GET", "/actuator/prometheus", null, null, Map.of()).body();
            for (String line : text.split("\n")) {
                if (!line.startsWith(METRIC)) {
                    continue;
                }
                String name = line.contains("{") ? line.substring(0, line.indexOf('{')) : line.split(" ")[0];
                double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                if (name.equals(METRIC + "_sum")) {
                    sum += value;
                } else if (name.equals(METRIC + "_count")) {
                    count += value;
                }
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
