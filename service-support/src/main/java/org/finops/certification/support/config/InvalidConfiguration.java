package org.finops.certification.support.config;

import org.springframework.boot.ExitCodeGenerator;

import java.util.List;

/**
 * The settings the service was started with cannot work; each problem says which and why. The process ends with
 * status 2, as the local stack's and the key tool's start-up refusals do, so a supervisor tells it from a crash.
 */
public class InvalidConfiguration extends RuntimeException implements ExitCodeGenerator {
    private static final int EXIT_STATUS = 2;

    private final List<String> problems;

    public InvalidConfiguration(List<String> problems) {
        super("invalid configuration: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public int getExitCode() {
        return EXIT_STATUS;
    }
}
