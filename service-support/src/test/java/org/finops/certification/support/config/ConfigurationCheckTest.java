package org.finops.certification.support.config;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigurationCheckTest {
    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!!";

    @Test
    void theLocalDefaultsAreValid() {
        assertThat(ConfigurationCheck.problems(settings(Map.of()))).isEmpty();
    }

    @Test
    void eachWrongValueIsNamedWithWhatIsExpected() {
        List<String> problems = ConfigurationCheck.problems(settings(Map.of(
                "spring.datasource.url", "mysql://db/x",
                "spring.kafka.bootstrap-servers", "localhost:9092,kafka",
                "server.port", "80800",
                "spring.mail.port", "smtp",
                "cert.jwt.secret", "short",
                "cert.jwt.jwks-uri", "not a url",
                "cert.jwt.issuer", "https://id.finops.example",
                "cert.jwt.audience", "certification-api",
                "cert.scheduler.poll", "every minute")));
        assertThat(problems).hasSize(7);
        assertThat(String.join("\n", problems)).contains("CERT_DB_URL", "CERT_KAFKA_BOOTSTRAP has 'kafka'",
                "CERT_HTTP_PORT", "CERT_SMTP_PORT", "CERT_JWT_SECRET", "CERT_JWT_JWKS_URI", "CERT_SCHEDULER_POLL");
    }

    @Test
    void someWayToCheckTokensIsNeeded() {
        Map<String, String> none = new HashMap<>();
        none.put("cert.jwt.secret", "");
        assertThat(ConfigurationCheck.problems(settings(none))).singleElement().asString()
                .contains("no token verification is configured", "CERT_JWT_ISSUER", "CERT_JWT_AUDIENCE",
                        "CERT_JWT_JWKS_URI", "CERT_JWT_SECRET");
    }

    private static ConfigurationCheck.PropertyLookup settings(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(Map.of(
                "spring.datasource.url", "jdbc:postgresql://localhost:5432/certification_command",
                "spring.kafka.bootstrap-servers", "localhost:9092",
                "server.port", "8081",
                "cert.jwt.secret", SECRET,
                "cert.scheduler.poll", "PT1M"));
        values.putAll(overrides);
        return values::get;
    }
}
