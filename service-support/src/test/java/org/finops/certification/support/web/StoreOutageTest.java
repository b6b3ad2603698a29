package org.finops.certification.support.web;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class StoreOutageTest {

    @Test
    void aConnectionThatCannotBeHadIsAnOutage() {
        assertThat(StoreOutage.causedBy(new DataAccessResourceFailureException("pool",
                new SQLTransientConnectionException("timed out")))).isTrue();
    }

    @Test
    void aServerShutdownDeepInsideAFrameworkExceptionIsAnOutage() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        RuntimeException wrapped = new IllegalStateException("command failed", new RuntimeException(terminated));
        assertThat(StoreOutage.causedBy(wrapped)).isTrue();
        assertThat(StoreOutage.causedBy(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
    }

    @Test
    void aRollbackThatFailsOnAClosedConnectionIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        assertThat(StoreOutage.causedBy(rollback)).isTrue();
    }

    @Test
    void aBrokenRuleOrABugIsNot() {
        assertThat(StoreOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(StoreOutage.causedBy(new NullPointerException())).isFalse();
        assertThat(StoreOutage.causedBy(new TransactionSystemException("no SQL underneath"))).isFalse();
    }
}
