package org.finops.certification.e2e;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be run here (no Docker engine), so it is checked statically: valid YAML of the
 * expected shape, the contract's ports, the contract's environment variables only, health checks and volumes.
 */
class ComposeFileTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> CONTRACT_VARIABLES = Set.of("CERT_DB_URL", "CERT_DB_USER", "CERT_DB_PASSWORD",
            "CERT_KAFKA_BOOTSTRAP", "CERT_JWT_SECRET", "CERT_JWT_JWKS_URI", "CERT_HTTP_PORT", "CERT_SMTP_HOST",
            "CERT_SMTP_PORT", "CERT_SCHEDULER_POLL", "CERT_JWT_ISSUER", "CERT_JWT_AUDIENCE", "CERT_JWT_ROLES_CLAIM",
            "CERT_JWT_ORG_CLAIM");
    private static final Set<String> OUR_VARIABLES = Set.of("CERT_KAFKA_PARTITIONS", "CERT_KAFKA_REPLICATION_FACTOR",
            "CERT_PUBLISHER_SEGMENTS", "CERT_CONSUMER_THREADS", "CERT_DB_POOL_SIZE", "CERT_LOG_FORMAT");

    @Test
    @SuppressWarnings("unchecked")
    void theComposeFileDescribesTheStackOfTheContract() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsOnlyKeys("postgres", "kafka", "command-side", "query-side", "console");
        assertThat(ports(services.get("command-side"))).contains("8081:8081");
        assertThat(ports(services.get("query-side"))).contains("8082:8082");
        assertThat(ports(services.get("kafka"))).contains("9092:9092");
        assertThat(ports(services.get("postgres"))).contains("5432:5432");
        for (String app : List.of("command-side", "query-side")) {
            Map<String, Object> service = services.get(app);
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment.keySet()).as(app).containsAll(Set.of("CERT_DB_URL", "CERT_DB_USER",
                    "CERT_DB_PASSWORD", "CERT_KAFKA_BOOTSTRAP", "CERT_JWT_ISSUER", "CERT_JWT_AUDIENCE",
                    "CERT_HTTP_PORT")).doesNotContain("CERT_JWT_SECRET");
            assertThat(List.of(environment.get("CERT_JWT_ISSUER"), environment.get("CERT_JWT_AUDIENCE")))
                    .as(app + ": the provider is demanded, never a fallback value")
                    .allSatisfy(value -> assertThat(String.valueOf(value)).contains(":?"));
            assertThat(environment.keySet()).as(app + " names only known variables")
                    .allMatch(name -> CONTRACT_VARIABLES.contains(name) || OUR_VARIABLES.contains(name));
            assertThat(((Map<String, Object>) service.get("build")).get("args")).isEqualTo(Map.of("APP", app));
            assertThat(service).containsKeys("healthcheck", "depends_on");
        }
        Map<String, Object> console = services.get("console");
        assertThat(ports(console)).contains("8080:8080");
        assertThat(((Map<String, Object>) console.get("environment")).keySet()).as("a client of the two APIs")
                .containsAll(Set.of("CERT_COMMAND_URL", "CERT_QUERY_URL", "CERT_HTTP_PORT", "CERT_OIDC_ISSUER_URI",
                        "CERT_OIDC_CLIENT_ID", "CERT_OIDC_CLIENT_SECRET", "CERT_DEV_LOGIN"))
                .doesNotContain("CERT_DB_URL", "CERT_KAFKA_BOOTSTRAP", "CERT_JWT_SECRET");
        assertThat(((Map<String, Object>) console.get("environment")).get("CERT_DEV_LOGIN")).isEqualTo("false");
        assertThat(Files.readString(ROOT.resolve("docker-compose.yml"))).as("no secret written in the file")
                .doesNotContain("change-me", ":-change", "CERT_JWT_SECRET");
        assertThat(((Map<String, Object>) console.get("build")).get("args")).isEqualTo(Map.of("APP", "console"));
        assertThat(services.get("postgres")).containsKeys("healthcheck", "volumes");
        assertThat(services.get("kafka")).containsKeys("healthcheck", "volumes");
        assertThat((Map<String, Object>) compose.get("volumes")).containsKeys("postgres-data", "kafka-data");
        assertThat(Files.readString(ROOT.resolve("Dockerfile"))).contains("ARG APP", "${APP}/target/${APP}.jar");
        assertThat(ROOT.resolve("docker/postgres-init.sql")).exists();
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(Map<String, Object> service) {
        return ((List<Object>) service.get("ports")).stream().map(String::valueOf).toList();
    }
}
