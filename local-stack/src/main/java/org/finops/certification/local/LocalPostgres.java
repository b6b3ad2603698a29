package org.finops.certification.local;

import org.finops.certification.servers.JdbcUrls;
import org.finops.certification.servers.PostgresDurability;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** The embedded PostgreSQL of the local stack, or the server {@code CERT_DB_URL} names; one database per app. */
final class LocalPostgres implements Closeable {
    private final EmbeddedPostgres embedded;
    private final String serverUrl;
    private final String user;
    private final String password;

    private LocalPostgres(EmbeddedPostgres embedded, String serverUrl, String user, String password) {
        this.embedded = embedded;
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    /** Unless CERT_DB_URL names a server, the stack runs its own. */
    static boolean embedded() {
        String named = System.getenv("CERT_DB_URL");
        return named == null || named.isBlank();
    }

    static int embeddedPort() {
        return LocalStack.port("CERT_LOCAL_PG_PORT", 5432);
    }

    static LocalPostgres start(Path dataDirectory) throws IOException, SQLException {
        String named = System.getenv("CERT_DB_URL");
        LocalPostgres postgres;
        if (!embedded()) {
            postgres = new LocalPostgres(null, named, System.getenv().getOrDefault("CERT_DB_USER", "postgres"),
                    System.getenv().getOrDefault("CERT_DB_PASSWORD", ""));
        } else {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false).setPort(embeddedPort());
            // the local default keeps real data: committed means on disk, as on a production server
            PostgresDurability.SETTINGS.forEach(builder::setServerConfig);
            EmbeddedPostgres embedded = builder.start();
            postgres = new LocalPostgres(embedded, embedded.getJdbcUrl("postgres", "postgres"), "postgres", "");
        }
        postgres.ensureDatabase("certification_command");
        postgres.ensureDatabase("certification_query");
        return postgres;
    }

    String description() {
        return embedded != null ? "embedded PostgreSQL on port " + embedded.getPort() : serverUrl;
    }

    Map<String, String> environmentFor(String database) {
        return Map.of("CERT_DB_URL", JdbcUrls.withDatabase(serverUrl, database), "CERT_DB_USER", user,
                "CERT_DB_PASSWORD", password);
    }

    private void ensureDatabase(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery(); Statement create = connection.createStatement()) {
                if (!found.next()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
