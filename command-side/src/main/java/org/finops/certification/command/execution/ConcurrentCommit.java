package org.finops.certification.command.execution;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.finops.certification.support.web.Causes;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;

/** Recognises a commit that lost to a concurrent one, which the client may simply retry. */
final class ConcurrentCommit {
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";

    private ConcurrentCommit() {
    }

    static boolean isConcurrencyFailure(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof ConcurrencyException
                || cause instanceof AggregateStreamCreationException || cause instanceof ConcurrencyFailureException
                || cause instanceof DataIntegrityViolationException
                || cause instanceof SQLException sql && (UNIQUE_VIOLATION.equals(sql.getSQLState())
                || SERIALIZATION_FAILURE.equals(sql.getSQLState())));
    }

    /** Two creations of one member: the loser's decision used no copy of it, so deciding again changes nothing. */
    static boolean isCreationRace(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof AggregateStreamCreationException);
    }
}
