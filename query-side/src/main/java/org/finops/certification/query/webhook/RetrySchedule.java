package org.finops.certification.query.webhook;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: after each failure the next wait of the schedule (the last one repeats),
 * with ±20 % jitter so that receivers coming back are not hit by every sender at once; given up (the subscription
 * disabled) once the first failure is older than {@code give-up-after}.
 */
@Component
public class RetrySchedule {
    private final List<Duration> waits;
    private final Duration giveUpAfter;

    public RetrySchedule(@Value("${cert.webhooks.retry-schedule:PT5S,PT5M,PT30M,PT2H,PT5H,PT10H}") List<Duration> waits,
                         @Value("${cert.webhooks.give-up-after:P3D}") Duration giveUpAfter) {
        this.waits = List.copyOf(waits);
        this.giveUpAfter = giveUpAfter;
    }

    /** @param failures how many attempts failed so far, this one included */
    Instant next(Instant now, int failures) {
        Duration wait = waits.get(Math.min(failures, waits.size()) - 1);
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return now.plusMillis(Math.round(wait.toMillis() * jitter));
    }

    boolean givenUp(Instant firstFailure, Instant now) {
        return firstFailure != null && !firstFailure.plus(giveUpAfter).isAfter(now);
    }

    Duration giveUpAfter() {
        return giveUpAfter;
    }
}
