package org.finops.certification.command.infrastructure;

import org.finops.certification.command.execution.AppendedPosition;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.finops.certification.command.infrastructure.JdbcProxies.invoke;
import static org.finops.certification.command.infrastructure.JdbcProxies.proxy;

/**
 * Axon prepares, binds and executes the event insert itself; this thin connection gives it the guarded insert of
 * {@link GuardedEventStorageEngine} in place of its own, asking for the global indexes it draws ({@code RETURNING}),
 * which are noted for the command as its position (known without a second query). A row its guard refused was not
 * inserted (an update count of 0): the batch then fails as an insert that lost on the unique constraint would.
 */
final class GuardedInsert {
    private GuardedInsert() {
    }

    /**
     * @param axons  how Axon's own insert begins; any other statement is refused, so that a change of Axon's
     *               statement cannot slip past the guard
     * @param guarded the insert to run instead, with the same parameters in the same order
     */
    static Connection instead(Connection connection, String axons, String guarded, String indexColumn) {
        return proxy(Connection.class, (self, method, args) -> {
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                if (!((String) args[0]).startsWith(axons)) {
                    throw new IllegalStateException("Axon's event insert changed; the append guard expects "
                            + axons + "…, got " + args[0]);
                }
                return checking(connection.prepareStatement(guarded, new String[]{indexColumn}));
            }
            return invoke(method, connection, args);
        });
    }

    private static PreparedStatement checking(PreparedStatement statement) {
        return proxy(PreparedStatement.class, (self, method, args) -> {
            Object result = invoke(method, statement, args);
            if (method.getName().equals("executeBatch")) {
                for (int inserted : (int[]) result) {
                    if (inserted == 0) {
                        throw new SQLException("an event was decided on an older state of its aggregate than the one"
                                + " committed", GuardedEventStorageEngine.UNIQUE_VIOLATION);
                    }
                }
                noteGeneratedIndexes(statement);
            }
            return result;
        });
    }

    private static void noteGeneratedIndexes(PreparedStatement statement) throws SQLException {
        try (ResultSet generated = statement.getGeneratedKeys()) {
            while (generated.next()) {
                AppendedPosition.note(generated.getLong(1));
            }
        }
    }
}
