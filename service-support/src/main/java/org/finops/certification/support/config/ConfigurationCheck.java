package org.finops.certification.support.config;

import org.finops.certification.support.security.TokenSettings;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the contract's settings before anything starts, so that a wrong value is one clear message (what is
 * wrong, what is expected) instead of a wall of stack traces from whichever component tripped over it first.
 */
public class ConfigurationCheck implements EnvironmentPostProcessor {
    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9._\\-\\[\\]:]+:\\d{1,5}");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> problems = problems(environment::getProperty);
        if (!problems.isEmpty()) {
            throw new InvalidConfiguration(problems);
        }
    }

    /** Each problem names the environment variable, the value's fault and what is expected. */
    public static List<String> problems(PropertyLookup settings) {
        List<String> problems = new ArrayList<>();
        String dbUrl = settings.get("spring.datasource.url");
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql://")) {
            problems.add("CERT_DB_URL is '" + dbUrl + "': expected a PostgreSQL JDBC URL such as "
                    + "jdbc:postgresql://localhost:5432/certification_command");
        }
        String bootstrap = settings.get("spring.kafka.bootstrap-servers");
        if (bootstrap != null) {
            for (String server : bootstrap.split(",")) {
                if (!HOST_PORT.matcher(server.trim()).matches() || !validPort(server.substring(server.lastIndexOf(':') + 1))) {
                    problems.add("CERT_KAFKA_BOOTSTRAP has '" + server.trim() + "': expected host:port[,host:port...]");
                }
            }
        }
        checkPort(problems, "CERT_HTTP_PORT", settings.get("server.port"));
        checkPort(problems, "CERT_SMTP_PORT", settings.get("spring.mail.port"));
        problems.addAll(TokenSettings.from(settings::get).problems());
        String poll = settings.get("cert.scheduler.poll");
        if (poll != null && !isPositiveDuration(poll)) {
            problems.add("CERT_SCHEDULER_POLL is '" + poll + "': expected a positive ISO-8601 duration such as PT1M"
                    + " or PT5S");
        }
        return problems;
    }

    private static void checkPort(List<String> problems, String variable, String value) {
        if (value != null && !validPort(value)) {
            problems.add(variable + " is '" + value + "': expected a port number from 1 to 65535");
        }
    }

    private static boolean validPort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            return port >= 0 && port <= 65535;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isPositiveDuration(String value) {
        try {
            Duration duration = Duration.parse(value);
            return !duration.isNegative() && !duration.isZero();
        } catch (RuntimeException notAClockDuration) {
            try {
                Period period = Period.parse(value);
                return !period.isNegative() && !period.isZero();
            } catch (RuntimeException e) {
                return false;
            }
        }
    }

    /** Settings by property name, resolved from the environment variables. */
    @FunctionalInterface
    public interface PropertyLookup {
        String get(String name);
    }
}
