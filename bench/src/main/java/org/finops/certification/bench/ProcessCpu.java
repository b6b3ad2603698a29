package org.finops.certification.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The CPU time each process of the run has used, read from {@code /proc/<pid>/stat} (user + system, in clock ticks
 * of 10 ms). PostgreSQL is a tree (the postmaster, its backends and workers): its figure sums the live processes
 * of the tree and what the postmaster reaped of those that ended. Two samples around a phase give each process's
 * share of it.
 */
final class ProcessCpu {
    /** {@code getconf CLK_TCK} on Linux: {@code /proc} counts CPU time in hundredths of a second. */
    private static final double MILLIS_PER_TICK = 10.0;
    /** Up to cstime; later fields hold unsigned 64-bit values (addresses) that a long does not take. */
    private static final int FIELDS_READ = 17;

    private final Map<String, Long> roots = new LinkedHashMap<>();
    private final Map<String, Boolean> trees = new LinkedHashMap<>();

    /** A process counted alone (a JVM: its threads are in its own figure). */
    ProcessCpu process(String name, long pid) {
        roots.put(name, pid);
        trees.put(name, false);
        return this;
    }

    /** A process counted with every child it has (PostgreSQL's postmaster). */
    ProcessCpu tree(String name, long pid) {
        roots.put(name, pid);
        trees.put(name, true);
        return this;
    }

    /** @return milliseconds of CPU used so far, by name */
    Map<String, Double> sample() {
        Map<String, Double> used = new LinkedHashMap<>();
        roots.forEach((name, pid) -> used.put(name,
                MILLIS_PER_TICK * (trees.get(name) ? treeTicks(pid) : ownTicks(stat(pid)))));
        return used;
    }

    /** @return the parent of a running process */
    static long parentOf(long pid) {
        return stat(pid)[3];
    }

    /** @return per name, the milliseconds used between two samples */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, millis) -> used.put(name, millis - before.getOrDefault(name, 0.0)));
        return used;
    }

    private static long treeTicks(long root) {
        long[] rootStat = stat(root);
        long ticks = ownTicks(rootStat) + rootStat[15] + rootStat[16];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(path -> path.getFileName().toString().matches("\\d+")).toList()) {
                long[] child = statOrNull(Long.parseLong(process.getFileName().toString()));
                if (child != null && child[3] == root) {
                    ticks += ownTicks(child) + child[15] + child[16];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ticks;
    }

    static long ownTicks(long[] stat) {
        return stat[13] + stat[14];
    }

    private static long[] stat(long pid) {
        long[] stat = statOrNull(pid);
        if (stat == null) {
            throw new IllegalStateException("process " + pid + " is gone");
        }
        return stat;
    }

    /**
     * The numeric fields of {@code /proc/<pid>/stat}, indexed as proc(5) numbers them minus one (utime is [13]); the
     * command name in parentheses may hold spaces, so the fields are read after its closing parenthesis.
     */
    private static long[] statOrNull(long pid) {
        String text;
        try {
            text = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long[] fields = fields(text);
        fields[0] = pid;
        return fields;
    }

    /** The numeric fields of a {@code stat} file's text (a process's or a thread's), as {@link #statOrNull} gives. */
    static long[] fields(String text) {
        String[] after = text.substring(text.lastIndexOf(')') + 2).trim().split(" ");
        long[] fields = new long[FIELDS_READ];
        for (int i = 2; i < FIELDS_READ && i - 2 < after.length; i++) {
            fields[i] = after[i - 2].matches("-?\\d+") ? Long.parseLong(after[i - 2]) : 0;
        }
        return fields;
    }

    /** The command (or thread) name between the parentheses of a {@code stat} file's text. */
    static String name(String text) {
        return text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
    }
}
