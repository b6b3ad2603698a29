package org.finops.certification.query.views;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one worker of a rebuild holds while it fills a generation in bulk: the ids of the events applied so far,
 * shared by every worker ({@link EventIds}), and what a projection keeps in memory until the worker's part of the
 * fill ends ({@link #held}), to write each of its rows once then instead of once per batch that changes it. A worker
 * has its partitions, and with them every event of its members, to itself; what it holds is never shared.
 */
public final class BulkFill {
    private final EventIds applied;
    private final Map<Class<?>, Object> held = new HashMap<>();

    public BulkFill(EventIds applied) {
        this.applied = applied;
    }

    public EventIds applied() {
        return applied;
    }

    /** What {@code projection} holds in this fill: the same object on every call, {@code empty}'s on the first. */
    @SuppressWarnings("unchecked")
    public <T> T held(Class<?> projection, Supplier<T> empty) {
        return (T) held.computeIfAbsent(projection, key -> empty.get());
    }
}
