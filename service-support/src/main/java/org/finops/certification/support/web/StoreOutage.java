package org.finops.certification.support.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means "the database is out of reach", however deeply the framework wrapped it: the
 * caller may retry (a command with its Idempotency-Key), so it is a 503, not a 500. SQLSTATE class 08 is a connection
 * exception; 57P01-57P03 are an administrator's shutdown, a crash shutdown and "cannot connect now". A commit or
 * rollback that fails in JDBC itself means the connection broke under it (the pool then says only "Connection is
 * closed", without a SQLSTATE).
 */
public final class StoreOutage {
    private StoreOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        return Causes.any(failure, StoreOutage::meansOutage);
    }

    private static boolean meansOutage(Throwable cause) {
        if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessResourceException
                || cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (cause instanceof TransactionSystemException rollbackOrCommit) {
            return rollbackOrCommit.getCause() instanceof SQLException
                    || causedBy(rollbackOrCommit.getApplicationException());
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"));
    }
}
