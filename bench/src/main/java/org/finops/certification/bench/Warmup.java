package org.finops.certification.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A phase is measured warm: its load runs in windows of {@link #WINDOW}, at least {@link #MIN_WINDOWS} of them,
 * until the last {@link #STEADY} windows are all within {@link #TOLERANCE} of their mean and that mean is no more
 * than {@link #TOLERANCE} above the mean of the {@link #STEADY} windows before them (the JIT has compiled what the
 * load uses, the pools are full). On two cores the cold JVMs compile for minutes; a figure from the first windows
 * measures that, not the service. Two windows in a row were not enough: on the way up the rate pauses (a 107/s and a
 * 104/s window after 40 s, then 144/s later in another run); nor were three alike while the three before were lower
 * (252, 261 and 239/s after 186 and 215/s on 2026-12-04: measured at 264/s, where the run before reached 446/s).
 * Nor was a steady rate alone: one run held 290-336/s for a minute while C2 was still compiling, and measured 5.9 ms
 * of CPU per command where the next, which waited, measured 2.4. Where the phase names its JVMs, their compilers
 * must have gone quiet too ({@link Compilers}).
 */
final class Warmup {
    static final Duration WINDOW = Duration.ofSeconds(10);
    static final double TOLERANCE = 0.05;
    static final int STEADY = 3;
    /** At least this many windows ({@code cert.bench.min-warmup-windows}; more to watch a slow climb out). */
    private static final int MIN_WINDOWS = Integer.getInteger("cert.bench.min-warmup-windows", 6);
    private static final Logger log = LoggerFactory.getLogger(Warmup.class);
    private static final int MAX_WINDOWS = Integer.getInteger("cert.bench.max-warmup-windows", 60);

    /** One window of the phase's load, answering its rate. */
    @FunctionalInterface
    interface Window {
        double rate() throws Exception;
    }

    /** The rates of the warm-up windows, in order; the last ones are steady (or the cap was hit). */
    record Curve(String phase, List<Double> rates) {
        double seconds() {
            return rates.size() * WINDOW.toSeconds();
        }
    }

    private Warmup() {
    }

    static Curve untilStable(String phase, Window window) throws Exception {
        return untilStable(phase, window, List.of());
    }

    /** @param jvms the processes whose JIT must have finished too (none: the rate alone decides) */
    static Curve untilStable(String phase, Window window, List<Long> jvms) throws Exception {
        Compilers compilers = new Compilers(jvms);
        List<Double> rates = new ArrayList<>();
        List<Double> compiling = new ArrayList<>();
        while (rates.size() < MAX_WINDOWS) {
            rates.add(window.rate());
            compiling.add(compilers.busiestShareSinceLast());
            int n = rates.size();
            log.info("{} warm-up window {}: {}/s, compilers {} % of a core", phase, n,
                    String.format("%.1f", rates.get(n - 1)), String.format("%.0f", 100 * compiling.get(n - 1)));
            if (n >= MIN_WINDOWS && steady(rates.subList(n - STEADY, n))
                    && !climbing(rates.subList(n - 2 * STEADY, n - STEADY), rates.subList(n - STEADY, n))
                    && mean(compiling.subList(n - STEADY, n)) <= Compilers.QUIET_SHARE_OF_A_CORE) {
                return new Curve(phase, rates);
            }
        }
        log.warn("{} never held within {} % over {} windows with its compilers quiet; measured after {} windows",
                phase, (int) (TOLERANCE * 100), STEADY, MAX_WINDOWS);
        return new Curve(phase, rates);
    }

    private static boolean steady(List<Double> last) {
        double mean = mean(last);
        return last.stream().allMatch(rate -> Math.abs(rate - mean) <= TOLERANCE * mean);
    }

    private static boolean climbing(List<Double> before, List<Double> last) {
        return mean(last) > (1 + TOLERANCE) * mean(before);
    }

    private static double mean(List<Double> rates) {
        return rates.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
