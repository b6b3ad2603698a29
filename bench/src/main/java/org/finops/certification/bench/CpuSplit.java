package org.finops.certification.bench;

import java.util.Map;

/**
 * What one accepted command cost each process, in milliseconds of CPU, over a measured phase and until publication
 * and the read models had caught up with it: the service's total is the command side, the query side, the broker
 * and PostgreSQL; the load driver is reported beside it, not in it.
 */
final class CpuSplit {
    static final String COMMAND_SIDE = "command_side";
    static final String QUERY_SIDE = "query_side";
    static final String BROKER = "broker";
    static final String POSTGRES = "postgres";
    static final String DRIVER = "driver";

    private CpuSplit() {
    }

    static void report(Report report, Map<String, Double> usedMillis, long commands) {
        report(report, "", usedMillis, commands, "service processes, from /proc; target <= 1.0");
    }

    /** @param prefix before each metric's name, for a set-up other than the service's */
    static void report(Report report, String prefix, Map<String, Double> usedMillis, long commands,
                       String totalNote) {
        double total = 0;
        for (String process : new String[]{COMMAND_SIDE, POSTGRES, QUERY_SIDE, BROKER}) {
            total += usedMillis.getOrDefault(process, 0.0);
        }
        report.put(prefix + "cpu_ms_per_command_total", total / commands, totalNote);
        for (String process : new String[]{COMMAND_SIDE, POSTGRES, QUERY_SIDE, BROKER, DRIVER}) {
            if (usedMillis.containsKey(process)) {
                report.put(prefix + "cpu_ms_per_command_" + process, usedMillis.get(process) / commands,
                        process.equals(POSTGRES) ? "every PostgreSQL process, both databases" : "");
            }
        }
    }
}
