package org.finops.certification.query.views;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Work that runs on a few threads at once and is done when all of it is: a rebuild's replay, its index builds. */
public final class SideBySide {
    private SideBySide() {
    }

    /**
     * Runs the tasks on {@code threads} threads named {@code name-0}, {@code name-1}, ... and waits for all of them;
     * a failure is thrown as it was (wrapped only when it is not a runtime exception), once the others have ended.
     */
    public static void run(String name, int threads, List<Runnable> tasks) {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name(name + "-", 0).factory())) {
            List<Future<?>> running = tasks.stream().<Future<?>>map(pool::submit).toList();
            for (Future<?> task : running) {
                task.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " interrupted", e);
        }
    }
}
