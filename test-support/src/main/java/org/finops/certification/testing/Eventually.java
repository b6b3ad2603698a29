package org.finops.certification.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asking again until an answer is the one awaited, bounded: for what a test reaches only after another process
 * moved (a read model, a broker, a scheduler). The last answer comes back either way, so the test's own assertion
 * says what was wrong, with the answer in hand; {@link #untilTrue} fails by itself, naming what never happened.
 */
public final class Eventually {
    private static final Duration PAUSE = Duration.ofMillis(250);

    private Eventually() {
    }

    /** @return the first answer that is {@code done}, or the last one asked when {@code within} has passed */
    public static <T> T until(Duration within, Supplier<T> ask, Predicate<? super T> done) {
        return until(within, PAUSE, ask, done);
    }

    public static <T> T until(Duration within, Duration pause, Supplier<T> ask, Predicate<? super T> done) {
        Instant deadline = Instant.now().plus(within);
        T answer = ask.get();
        while (!done.test(answer) && Instant.now().isBefore(deadline)) {
            pause(pause);
            answer = ask.get();
        }
        return answer;
    }

    /** Waits until the condition holds; an {@link AssertionError} naming {@code what} when it never does. */
    public static void untilTrue(String what, Duration within, Supplier<Boolean> condition) {
        if (!until(within, condition, Boolean.TRUE::equals)) {
            throw new AssertionError("timed out after " + within + " waiting until " + what);
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
