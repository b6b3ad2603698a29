package org.finops.certification.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/**
 * How fast the machine is right now, beside a run: every 5 s, the CPU time of 2,000,000 dependent reads over
 * 64 MB (bound by the memory's latency, as the JVMs and PostgreSQL largely are) and of a loop that stays in one
 * core (bound by the core alone). On this machine the first moved by a quarter either way over minutes with nothing
 * else running, and the service's rate moved against it (docs/operations.md, "The plateaus follow the machine's
 * memory"). By hand, from the repository's root, beside a phase or alone:
 * {@code java bench/src/main/java/org/finops/certification/bench/MemoryProbe.java [samples]}.
 */
public final class MemoryProbe {
    // the JDK's own logger: the probe runs as a single source file, without the bench's class path
    private static final System.Logger log = System.getLogger(MemoryProbe.class.getName());
    private static final int SLOTS = 16 * 1024 * 1024;
    private static final int READS = 2_000_000;
    private static final int CORE_ROUNDS = 20_000_000;

    private MemoryProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        int samples = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int[] next = oneCycleThroughEverySlot();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long carried = 1;
        for (int sample = 0; sample < samples; sample++) {
            long started = threads.getCurrentThreadCpuTime();
            int slot = 0;
            for (int i = 0; i < READS; i++) {
                slot = next[slot];
            }
            long memory = threads.getCurrentThreadCpuTime() - started;
            started = threads.getCurrentThreadCpuTime();
            carried += slot;
            for (int i = 0; i < CORE_ROUNDS; i++) {
                // xorshift: no closed form for the JIT to fold the loop into
                carried ^= carried << 13;
                carried ^= carried >>> 7;
                carried ^= carried << 17;
            }
            long core = threads.getCurrentThreadCpuTime() - started;
            log.log(System.Logger.Level.INFO, String.format("%s memory %.1f ms core %.1f ms",
                    LocalTime.now().truncatedTo(ChronoUnit.SECONDS), memory / 1e6, core / 1e6));
            Thread.sleep(5000);
        }
        // logged so that no loop's result is unused
        log.log(System.Logger.Level.INFO, "checksum " + Long.toHexString(carried));
    }

    /** Sattolo's shuffle: following the slots from 0 visits every one before it returns, in a random order. */
    private static int[] oneCycleThroughEverySlot() {
        int[] next = new int[SLOTS];
        for (int i = 0; i < SLOTS; i++) {
            next[i] = i;
        }
        Random random = new Random(42);
        for (int i = SLOTS - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int swapped = next[i];
            next[i] = next[j];
            next[j] = swapped;
        }
        return next;
    }
}
