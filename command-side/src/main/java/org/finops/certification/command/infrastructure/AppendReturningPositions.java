package org.finops.certification.command.infrastructure;

import org.finops.certification.command.execution.AppendedPosition;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Axon builds and executes the event insert itself; these two thin proxies let that insert return the global index
 * it drew ({@code RETURNING}), which is noted for the command as its position: the index is known without a
 * second query.
 */
final class AppendReturningPositions {
    private AppendReturningPositions() {
    }

    /** A connection whose {@code prepareStatement(sql)} asks for the generated index column back. */
    static Connection returning(Connection connection, String indexColumn) {
        return proxy(Connection.class, (self, method, args) -> {
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
                PreparedStatement statement = connection.prepareStatement((String) args[0], new String[]{indexColumn});
                return noting(statement);
            }
            return invoke(method, connection, args);
        });
    }

    private static PreparedStatement noting(PreparedStatement statement) {
        return proxy(PreparedStatement.class, (self, method, args) -> {
            Object result = invoke(method, statement, args);
            if (method.getName().equals("executeBatch")) {
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

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(AppendReturningPositions.class.getClassLoader(), new Class<?>[]{type},
                handler));
    }
}
