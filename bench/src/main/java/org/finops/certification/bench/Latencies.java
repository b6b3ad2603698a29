package org.finops.certification.bench;

import java.util.Arrays;

/** Latencies in microseconds, collected from many threads, read as percentiles. */
final class Latencies {
    private long[] values = new long[1 << 16];
    private int count;

    synchronized void add(long micros) {
        if (count == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[count++] = micros;
    }

    synchronized int count() {
        return count;
    }

    /** @param percentile 0 to 100 */
    synchronized double millis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(percentile / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}
