package org.finops.certification.command.infrastructure;

import org.finops.certification.command.execution.CommandStatements;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import static org.finops.certification.command.infrastructure.JdbcProxies.invoke;
import static org.finops.certification.command.infrastructure.JdbcProxies.proxy;

/**
 * The data source every part of the command side uses, with each statement it runs noted for the command on whose
 * thread it runs ({@link CommandStatements}). A wrapper of the pool's data source (so that transactions, Axon and
 * Flyway all see the one bean), whose connections hand out statements that note each {@code execute…} call.
 */
@Configuration(proxyBeanMethods = false)
class StatementCounting {

    @Bean
    static BeanPostProcessor countingStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof Counted) ? new Counted(pool) : bean;
            }
        };
    }

    private static final class Counted extends DelegatingDataSource {
        Counted(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }
    }

    private static Connection counting(Connection connection) {
        return proxy(Connection.class, (self, method, args) -> {
            Object made = invoke(method, connection, args);
            return switch (made) {
                case CallableStatement call -> proxy(CallableStatement.class, noting(call));
                case PreparedStatement prepared -> proxy(PreparedStatement.class, noting(prepared));
                case Statement plain -> proxy(Statement.class, noting(plain));
                case null, default -> made;
            };
        });
    }

    private static InvocationHandler noting(Statement statement) {
        return (self, method, args) -> {
            if (method.getName().startsWith("execute")) {
                CommandStatements.note();
            }
            return invoke(method, statement, args);
        };
    }
}
