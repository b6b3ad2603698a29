package org.finops.certification.command.infrastructure;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members kept in memory between commands, the least recently used dropped beyond {@code capacity}, so that a
 * command costs the same for a member with a long history as for a new one. A copy is only as good as the store:
 * Axon drops it when its unit of work rolls back, {@code Commands} when the transaction around it fails, and a copy
 * another instance has overtaken is caught by the append guard (or by a refusal) and decided on again from the store.
 * Axon reads and writes a member's entry under that member's lock; the map itself is shared, hence synchronised.
 */
final class MemberCache implements Cache {
    private final Map<Object, Object> entries;

    MemberCache(int capacity) {
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public synchronized void removeAll() {
        entries.clear();
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    /** Nothing here listens to entries (Axon's repositories do not register any); a listener is not called. */
    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return () -> true;
    }

    synchronized int size() {
        return entries.size();
    }
}
