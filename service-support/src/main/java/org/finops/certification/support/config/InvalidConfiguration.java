package org.finops.certification.support.config;

import java.util.List;

/** The settings the service was started with cannot work; each problem says which and why. */
public class InvalidConfiguration extends RuntimeException {
    private final List<String> problems;

    public InvalidConfiguration(List<String> problems) {
        super("invalid configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
