package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/**
 * Python {@code range} (Equivalent of {@code rangeobject}) for bounds that fit a long; the
 * length is precomputed. Holds no counted references.
 */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;
    public final long length;

    /** The caller has checked {@code step != 0}. */
    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = computeLength(start, stop, step);
    }

    /** The number of elements (Equivalent of {@code compute_range_length}). */
    public static long computeLength(long start, long stop, long step) {
        // The true difference is below 2^64, so unsigned arithmetic is exact.
        if (step > 0) {
            return start >= stop ? 0 : Long.divideUnsigned(stop - start - 1, step) + 1;
        }
        return start <= stop ? 0 : Long.divideUnsigned(start - stop - 1, -step) + 1;
    }

    /** The i-th element, {@code 0 <= i < length}. */
    public long get(long i) {
        return start + i * step;
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.RANGE;
    }
}
