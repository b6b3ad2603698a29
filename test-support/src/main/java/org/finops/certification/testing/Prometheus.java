package org.finops.certification.testing;

import java.util.Map;

/** An app's metrics, read from its Prometheus endpoint as a monitoring system would. */
public final class Prometheus {
    private Prometheus() {
    }

    /** The sum over the metric's series (all label sets) of the app listening on {@code port}. */
    public static double sum(int port, String name) {
        String text;
        try (Api api = new Api(port)) {
            text = api.send("GET", "/actuator/prometheus", null, null, Map.of()).body();
        }
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** The value of the one series of {@code name} whose labels include all of {@code labels}; NaN when none has. */
    public static double value(int port, String name, Map<String, String> labels) {
        String text;
        try (Api api = new Api(port)) {
            text = api.send("GET", "/actuator/prometheus", null, null, Map.of()).body();
        }
        for (String line : text.split("\n")) {
            if (line.startsWith(name + "{") && labels.entrySet().stream()
                    .allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return Double.NaN;
    }
}
