package org.finops.certification.testing;

import org.finops.certification.servers.JdbcUrls;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.finops.certification.servers.PostgresDurability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A real PostgreSQL for the tests, chosen in this order: the server the environment names
 * ({@code CERT_TEST_DB_URL}, {@code CERT_TEST_DB_USER}, {@code CERT_TEST_DB_PASSWORD}), a Testcontainers PostgreSQL
 * when a Docker engine answers, else an embedded PostgreSQL server (zonky). Each test JVM gets a database of its own.
 */
public final class TestDatabase {
    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static TestDatabase instance;
    private static String serverUrl;
    private static String serverUser;
    private static String serverPassword;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            startServer();
            instance = freshDatabase();
        }
        return instance;
    }

    /** Another empty database on the same server, for a test that needs the store to itself. */
    public static synchronized TestDatabase another() {
        get();
        return freshDatabase();
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** The contract's environment variables that point an app at this database. */
    public Map<String, String> environment() {
        return Map.of("CERT_DB_URL", url, "CERT_DB_USER", user, "CERT_DB_PASSWORD", password);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static void startServer() {
        String named = System.getenv("CERT_TEST_DB_URL");
        if (named != null && !named.isBlank()) {
            log.info("test PostgreSQL: the server named by CERT_TEST_DB_URL ({})", named);
            server(named, env("CERT_TEST_DB_USER", "postgres"), env("CERT_TEST_DB_PASSWORD", ""));
            return;
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            log.info("test PostgreSQL: Testcontainers ({})", container.getJdbcUrl());
            server(container.getJdbcUrl(), container.getUsername(), container.getPassword());
            return;
        }
        try {
            Path dataDirectory = Files.createTempDirectory("cert-test-pg");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true);
            // tests need no crash safety; the benchmark measures against a server that has it
            boolean durable = Boolean.getBoolean("cert.test.db.durable");
            if (durable) {
                PostgresDurability.SETTINGS.forEach(builder::setServerConfig);
            }
            // -Dcert.test.db.statements=true: which statements the server spends its time on (docs/operations.md)
            if (Boolean.getBoolean("cert.test.db.statements")) {
                builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is going away; the data directory is temporary
                }
            }));
            log.info("test PostgreSQL: embedded server (zonky) on port {}, {}", postgres.getPort(),
                    durable ? "durable (fsync, synchronous_commit on)" : "without fsync (not crash-safe)");
            server(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start an embedded PostgreSQL", e);
        }
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void server(String url, String user, String password) {
        serverUrl = url;
        serverUser = user;
        serverPassword = password;
    }

    private static TestDatabase freshDatabase() {
        String url = serverUrl;
        String user = serverUser;
        String password = serverPassword;
        String name = "cert_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database on " + url, e);
        }
        return new TestDatabase(JdbcUrls.withDatabase(url, name), user, password);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
