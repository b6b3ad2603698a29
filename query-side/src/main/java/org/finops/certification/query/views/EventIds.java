package org.finops.certification.query.views;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The ids of the events a generation being filled in bulk has applied, held in memory instead of looked up in its
 * {@code processed_event} key for every event (one B-tree descent each; the key is built once, after the fill).
 * Shared by the rebuild's workers. The command side's ids are UUIDs and are kept as their 16 bytes in an
 * open-addressed table (17 bytes a slot, 30 to 60 % of the slots used: 28 to 57 bytes an id, where a set of strings
 * takes about 130); any other id is kept as it is.
 */
public final class EventIds {
    private static final double MAX_LOAD = 0.6;

    private long[] high = new long[1 << 16];
    private long[] low = new long[1 << 16];
    private boolean[] used = new boolean[1 << 16];
    private int uuids;
    private final Set<String> others = new HashSet<>();

    /** Adds the ids, in order, and answers those not there before (an id twice among them counts once). */
    public synchronized List<String> addNew(List<String> ids) {
        List<String> fresh = new ArrayList<>();
        for (String id : ids) {
            if (add(id)) {
                fresh.add(id);
            }
        }
        return fresh;
    }

    private boolean add(String id) {
        UUID uuid = asUuid(id);
        if (uuid == null) {
            return others.add(id);
        }
        if (uuids + 1 > used.length * MAX_LOAD) {
            grow();
        }
        if (!place(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits())) {
            return false;
        }
        uuids++;
        return true;
    }

    /** @return false when the id was there already */
    private boolean place(long hi, long lo) {
        int mask = used.length - 1;
        int slot = Long.hashCode(hi * 0x9E3779B97F4A7C15L ^ lo) & mask;
        while (used[slot]) {
            if (high[slot] == hi && low[slot] == lo) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        used[slot] = true;
        high[slot] = hi;
        low[slot] = lo;
        return true;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        boolean[] oldUsed = used;
        high = new long[oldUsed.length * 2];
        low = new long[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        for (int slot = 0; slot < oldUsed.length; slot++) {
            if (oldUsed[slot]) {
                place(oldHigh[slot], oldLow[slot]);
            }
        }
    }

    /** The id as a UUID only when it is one in its canonical lower-case form, so that it reads back the same. */
    private static UUID asUuid(String id) {
        if (id.length() != 36 || id.charAt(8) != '-') {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? uuid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
