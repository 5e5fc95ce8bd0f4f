package pygil.runtime.gil;

import java.util.Arrays;

/** A bounded reservoir of long samples (the most recent {@code capacity}), for medians. */
final class LongSamples {
    private final long[] values;
    private int count;

    LongSamples(int capacity) {
        values = new long[capacity];
    }

    synchronized void add(long v) {
        values[count % values.length] = v;
        count++;
    }

    synchronized long median() {
        int n = Math.min(count, values.length);
        if (n == 0) {
            return 0;
        }
        long[] copy = Arrays.copyOf(values, n);
        Arrays.sort(copy);
        return copy[n / 2];
    }
}
