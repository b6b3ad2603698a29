package org.finops.certification.command.execution;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.common.lock.LockFactory;
import org.finops.certification.command.rules.Refused;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one path of a command: in one database transaction it claims the Idempotency-Key, sends the command with its
 * audit facts, learns the position of the events written, composes the answer and stores it with the key. Nothing
 * is answered before the commit, so a client never sees a success that was not stored; an exception means nothing
 * was recorded.
 * <p>
 * The member's lock ({@link MemberLocking}) is held from before the transaction begins until after it ends; the
 * scheduler's transitions hold the lock of their member until their batch's transaction ends. The member's copy in
 * memory (the {@code memberCache}) is dropped whenever a transaction around it does not commit.
 */
@Component
public class Commands {
    private final TransactionTemplate transactions;
    private final CommandGateway gateway;
    private final IdempotencyRecords records;
    private final JdbcTemplate jdbc;
    private final CommandTargets targets;
    private final LockFactory members;
    private final Cache memberCache;
    private final MeterRegistry meters;

    public Commands(TransactionTemplate transactions, CommandGateway gateway, IdempotencyRecords records,
                    JdbcTemplate jdbc, CommandTargets targets, LockFactory memberLocks, Cache memberCache,
                    MeterRegistry meters) {
        this.meters = meters;
        this.memberCache = memberCache;
        this.targets = targets;
        this.members = memberLocks;
        this.transactions = transactions;
        this.gateway = gateway;
        this.records = records;
        this.jdbc = jdbc;
    }

    /**
     * @param answer turns what the command did into the answer to give (and to store with the key); it runs inside
     *               the transaction, the answer is given after the commit
     */
    public <R> Executed execute(Object command, AuditFacts audit, Optional<Idempotency> idempotency,
                                Function<Outcome<R>, Answer> answer) {
        try (CommandStatements.Counting counted = CommandStatements.count(command, meters)) {
            return executeOnMember(command, audit, idempotency, answer);
        }
    }

    private <R> Executed executeOnMember(Object command, AuditFacts audit, Optional<Idempotency> idempotency,
                                         Function<Outcome<R>, Answer> answer) {
        String memberId = targets.identifierOf(command);
        try (Lock member = members.obtainLock(memberId)) {
            boolean fromMemory = memberCache.containsKey(memberId);
            try {
                return inTransaction(command, audit, idempotency, answer);
            } catch (Undecided | CommitLost decidedOnAnOldCopy) {
                // another instance may have moved the member on: the copy in memory goes, and when the decision was
                // taken on it, the command is decided once more on the member as stored before it is answered
                memberCache.remove(memberId);
                if (!fromMemory || ConcurrentCommit.isCreationRace(decidedOnAnOldCopy)) {
                    throw unwrapped(decidedOnAnOldCopy);
                }
            } catch (RuntimeException failed) {
                memberCache.remove(memberId);
                throw failed;
            }
            try {
                return inTransaction(command, audit, idempotency, answer);
            } catch (RuntimeException failedAgain) {
                memberCache.remove(memberId);
                throw unwrapped(failedAgain);
            }
        } catch (LockAcquisitionFailedException crowded) {
            throw new CommitLost(crowded);
        }
    }

    /** The command in its own transaction: {@link Undecided} when it was refused, {@link CommitLost} on a race. */
    private <R> Executed inTransaction(Object command, AuditFacts audit, Optional<Idempotency> idempotency,
                                       Function<Outcome<R>, Answer> answer) {
        try {
            return transactions.execute(tx -> {
                try {
                    Optional<Answer> earlier = idempotency.flatMap(records::claim);
                    if (earlier.isPresent()) {
                        return new Executed(earlier.get(), true);
                    }
                    Answer given = answer.apply(decide(command, audit));
                    idempotency.ifPresent(key -> records.complete(key, given));
                    return new Executed(given, false);
                } catch (RuntimeException decidedAgainst) {
                    throw new Undecided(decidedAgainst);
                }
            });
        } catch (Undecided | CommitLost e) {
            throw e;
        } catch (RuntimeException commitFailed) {
            throw ConcurrentCommit.isConcurrencyFailure(commitFailed) ? new CommitLost(commitFailed) : commitFailed;
        }
    }

    private static RuntimeException unwrapped(RuntimeException failure) {
        return failure instanceof Undecided undecided ? undecided.getCause() : failure;
    }

    /**
     * Sends one command within the caller's transaction, which commits its events with everything else it does:
     * the scheduler sends a batch of time transitions with the locks of their due rows this way.
     */
    public void sendWithin(Object command, AuditFacts audit) {
        String memberId = targets.identifierOf(command);
        Lock member = members.obtainLock(memberId);
        try {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        memberCache.remove(memberId);
                    }
                    member.release();
                }
            });
        } catch (RuntimeException noTransaction) {
            member.release();
            throw noTransaction;
        }
        gateway.sendAndWait(message(command, audit));
    }

    private <R> Outcome<R> decide(Object command, AuditFacts audit) {
        AppendedPosition appended = AppendedPosition.ofCurrentTransaction();
        long before = appended.last();
        CommandMessage<Object> message = message(command, audit);
        Object result = gateway.sendAndWait(message);
        long position = appended.last() != before ? appended.last() : latestPositionOf(message);
        if (result instanceof Refused refused) {
            return new Outcome.RefusalRecorded<>(refused, position);
        }
        @SuppressWarnings("unchecked") R accepted = (R) result;
        return new Outcome.Accepted<>(accepted, position);
    }

    private static CommandMessage<Object> message(Object command, AuditFacts audit) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(audit.asMetaData());
    }

    /** A command that changed nothing (a standing set to what it was) answers its member's last position. */
    private long latestPositionOf(CommandMessage<?> message) {
        Long position = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?", Long.class, targets.identifierOf(message.getPayload()));
        return position == null ? -1 : position;
    }

    /** Carries a failure of the command itself (not of its commit) out of the transaction, unchanged. */
    private static final class Undecided extends RuntimeException {
        Undecided(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
