package org.finops.certification.command.execution;

import org.axonframework.common.lock.LockFactory;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One lock per member, shared by Axon's repository of members and by {@link Commands}, which takes it before a
 * command's transaction begins and releases it after the commit. Axon alone holds it only for its unit of work,
 * which ends before the commit: a concurrent command on the same member then loaded it without the events being
 * committed and lost at its append ({@code 409}); under production durability, most of 8 concurrent commands did.
 * Reentrant for the thread that holds it, so Axon takes it again at no cost. Waiting happens outside the
 * transaction (no database connection held); with more than {@link #MAX_WAITING} commands waiting on one member
 * or after {@code 10 s}, a command is answered {@code 409 CONFLICT}.
 * <p>
 * One wait this cannot order: the scheduler locks its due schedule rows first and its members' locks after; a
 * command that holds a member's lock and changes that member's schedule row waits for the scheduler's transaction.
 * The scheduler then gives up on the member's lock after 10 s, its batch rolls back, the command goes on, and the
 * transition is taken at the next poll.
 */
@Configuration(proxyBeanMethods = false)
class MemberLocking {
    static final int MAX_WAITING = 32;
    private static final int ATTEMPT_MS = 100;
    private static final int ATTEMPTS = 100;

    @Bean
    LockFactory memberLocks() {
        return PessimisticLockFactory.builder().lockAttemptTimeout(ATTEMPT_MS).acquireAttempts(ATTEMPTS)
                .queueLengthThreshold(MAX_WAITING).build();
    }
}
