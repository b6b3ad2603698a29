package org.finops.certification.command.execution;

import org.axonframework.common.lock.Lock;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.common.lock.LockFactory;
import org.finops.certification.testing.Eventually;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A member's lock is taken again by its holder at once, and refuses a command beyond the waiting limit. */
class MemberLockingTest {
    private final LockFactory locks = new MemberLocking().memberLocks();

    @Test
    void theHolderTakesItAgainAsAxonDoesInsideACommand() {
        try (Lock outer = locks.obtainLock("m-1"); Lock inner = locks.obtainLock("m-1")) {
            assertThat(outer.isHeld()).isTrue();
            assertThat(inner.isHeld()).isTrue();
        }
    }

    @Test
    void aCommandBeyondTheWaitingLimitIsRefusedAtOnce() throws Exception {
        Lock held = locks.obtainLock("busy");
        CountDownLatch waiting = new CountDownLatch(MemberLocking.MAX_WAITING);
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < MemberLocking.MAX_WAITING; i++) {
            waiters.add(Thread.ofPlatform().start(() -> {
                waiting.countDown();
                locks.obtainLock("busy").release();
            }));
        }
        waiting.await(5, TimeUnit.SECONDS);
        Eventually.untilTrue("every waiter queues for the member", Duration.ofSeconds(5), () -> waiters.stream()
                .allMatch(waiter -> waiter.getState() == Thread.State.WAITING
                        || waiter.getState() == Thread.State.TIMED_WAITING));

        assertThatThrownBy(() -> locks.obtainLock("busy")).isInstanceOf(LockAcquisitionFailedException.class);
        try (Lock other = locks.obtainLock("another member")) {
            assertThat(other.isHeld()).as("other members are not held up").isTrue();
        }
        held.release();
        for (Thread waiter : waiters) {
            waiter.join(5000);
        }
    }
}
