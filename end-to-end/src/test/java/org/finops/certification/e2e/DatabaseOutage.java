package org.finops.certification.e2e;

import org.finops.certification.servers.JdbcUrls;
import org.finops.certification.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * PostgreSQL out of reach for the apps, on any server the tests run against (embedded, Testcontainers or named):
 * the databases refuse new connections and every open one is cut, for as long as the outage lasts. To the apps it
 * looks like a server restart. Needs a superuser, as the embedded server and Testcontainers give.
 */
final class DatabaseOutage {
    private DatabaseOutage() {
    }

    /** @return how many server connections were cut */
    static int of(List<TestDatabase> databases, Duration outage) throws SQLException, InterruptedException {
        TestDatabase any = databases.get(0);
        String[] names = databases.stream().map(DatabaseOutage::name).toArray(String[]::new);
        try (Connection admin = DriverManager.getConnection(JdbcUrls.withDatabase(any.url(), "postgres"), any.user(),
                any.password())) {
            allowConnections(admin, names, false);
            int cut = 0;
            Instant end = Instant.now().plus(outage);
            try {
                while (Instant.now().isBefore(end)) {
                    cut += terminateBackends(admin, names);
                    Thread.sleep(250);
                }
            } finally {
                allowConnections(admin, names, true);
            }
            return cut;
        }
    }

    private static void allowConnections(Connection admin, String[] names, boolean allow) throws SQLException {
        try (Statement statement = admin.createStatement()) {
            for (String name : names) {
                statement.execute("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + allow);
            }
        }
    }

    private static int terminateBackends(Connection admin, String[] names) throws SQLException {
        try (PreparedStatement statement = admin.prepareStatement("SELECT count(pg_terminate_backend(pid))"
                + " FROM pg_stat_activity WHERE datname = ANY (?) AND pid <> pg_backend_pid()")) {
            statement.setArray(1, admin.createArrayOf("text", names));
            var rows = statement.executeQuery();
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String name(TestDatabase database) {
        String path = database.url().substring(database.url().lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
