package org.finops.certification.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How busy the JIT compilers of the service's JVMs are: the CPU of their {@code C1/C2 CompilerThread}s, read from
 * {@code /proc/<pid>/task/<tid>/stat}. On two saturated cores C2 is one thread among dozens: it compiled for five
 * minutes at 13-17 % of a core while the throughput climbed from 80 to 700 commands/s (2026-12-04, 20:44-20:50),
 * and a warm-up that stopped on a plateau before it was done measured 5.9 ms of CPU per command where a run that
 * waited measured 2.4. A JVM is warm when its compilers have gone quiet, not when its throughput pauses.
 */
final class Compilers {
    /** What a compiled JVM's compilers still use: the odd recompilation, not a backlog. */
    static final double QUIET_SHARE_OF_A_CORE = 0.05;
    private static final double SECONDS_PER_TICK = 0.01;

    private final List<Long> jvms;
    private Map<Long, Long> last;
    private long lastNanos;

    Compilers(List<Long> jvms) {
        this.jvms = List.copyOf(jvms);
        this.last = ticks();
        this.lastNanos = System.nanoTime();
    }

    /** @return the largest share of a core any JVM's compilers used since the last call (or since created) */
    double busiestShareSinceLast() {
        Map<Long, Long> now = ticks();
        long nanos = System.nanoTime();
        double seconds = (nanos - lastNanos) / 1e9;
        double busiest = 0;
        for (Map.Entry<Long, Long> jvm : now.entrySet()) {
            long used = jvm.getValue() - last.getOrDefault(jvm.getKey(), 0L);
            busiest = Math.max(busiest, used * SECONDS_PER_TICK / seconds);
        }
        last = now;
        lastNanos = nanos;
        return busiest;
    }

    private Map<Long, Long> ticks() {
        Map<Long, Long> ticks = new LinkedHashMap<>();
        jvms.forEach(pid -> ticks.put(pid, compilerTicks(pid)));
        return ticks;
    }

    private static long compilerTicks(long pid) {
        long ticks = 0;
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path thread : threads.toList()) {
                String stat = readOrEmpty(thread.resolve("stat"));
                // a thread gone since the listing has no stat to read; its name is cut to 15 characters
                if (!stat.isEmpty() && ProcessCpu.name(stat).contains("CompilerThre")) {
                    ticks += ProcessCpu.ownTicks(ProcessCpu.fields(stat));
                }
            }
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    private static String readOrEmpty(Path stat) throws IOException {
        try {
            return Files.readString(stat);
        } catch (NoSuchFileException e) {
            return "";
        }
    }
}
