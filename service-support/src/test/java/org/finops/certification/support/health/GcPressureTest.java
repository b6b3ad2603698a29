package org.finops.certification.support.health;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** A JVM collecting garbage most of the time is DOWN, with the reason; one that collects now and then is UP. */
class GcPressureTest {
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong gcMillis = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong(1_000 * SECOND);
    private final GcPressure pressure = new GcPressure(gcMillis::get, nanos::get);

    @Test
    void aJvmThatCollectsNowAndThenIsUp() {
        every5Seconds(6, 200);
        assertThat(pressure.health().getStatus()).isEqualTo(Status.UP);
        assertThat(pressure.health().getDetails()).containsEntry("gcTimeShare", 0.04);
    }

    @Test
    void aJvmThatSpendsMostOfItsTimeCollectingIsDownWithinTheWindow() {
        every5Seconds(6, 200);
        every5Seconds(3, 4_500);
        assertThat(pressure.health().getStatus()).as("half of the window thrashing").isEqualTo(Status.UP);
        every5Seconds(1, 4_500);
        assertThat(pressure.health().getStatus()).as("20 s into the thrashing").isEqualTo(Status.DOWN);
        assertThat((String) pressure.health().getDetails().get("reason")).contains("garbage collection");

        every5Seconds(7, 100);
        assertThat(pressure.health().getStatus()).as("once it recovered").isEqualTo(Status.UP);
    }

    private void every5Seconds(int times, long collectingMillis) {
        for (int i = 0; i < times; i++) {
            nanos.addAndGet(5 * SECOND);
            gcMillis.addAndGet(collectingMillis);
            pressure.sample();
        }
    }
}
