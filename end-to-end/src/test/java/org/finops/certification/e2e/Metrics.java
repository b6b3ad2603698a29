package org.finops.certification.e2e;

import org.finops.certification.servers.AppProcess;
import org.finops.certification.testing.Api;

import java.util.Map;

/** One metric of an app, read from its Prometheus endpoint as a monitoring system would. */
final class Metrics {
    private Metrics() {
    }

    /** The sum over the metric's series (all label sets). */
    static double value(AppProcess app, String name) {
        String text = new Api(app.port()).send("GET", "/actuator/prometheus", null, null, Map.of()).body();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
