package org.finops.certification.support.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns {@link InvalidConfiguration} into Spring Boot's short start-up failure report, without a stack trace. */
public class InvalidConfigurationAnalyzer extends AbstractFailureAnalyzer<InvalidConfiguration> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidConfiguration cause) {
        return new FailureAnalysis("The service cannot start with these settings:\n  - "
                + String.join("\n  - ", cause.problems()),
                "Correct the environment variables above (see the Configuration section of the README) and start"
                        + " again.", cause);
    }
}
