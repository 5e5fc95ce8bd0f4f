package pygil.runtime.text;

import java.math.BigInteger;

import pygil.runtime.error.PyErrors;

/**
 * Slice and index normalization for sequences; mirrors CPython's {@code PySlice_Unpack},
 * {@code PySlice_AdjustIndices} ({@code Objects/sliceobject.c}) and {@code _PyEval_SliceIndex}.
 * Static, stateless and thread-safe.
 */
public final class Slices {
    private Slices() {}

    /**
     * {@code PySlice_Unpack} + {@code PySlice_AdjustIndices}: the slice {@code [start:stop:step]}
     * of a sequence of {@code length} items, where a null bound or step is Python's {@code None}.
     *
     * @return {@code {start, stop, step, slicelength}}; ValueError "slice step cannot be zero"
     */
    public static long[] indices(Long start, Long stop, Long step, long length) {
        long st = step == null ? 1 : step;
        if (st == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        if (st < -Long.MAX_VALUE) {
            st = -Long.MAX_VALUE; // so that -step cannot overflow
        }
        long a = start != null ? start : st < 0 ? Long.MAX_VALUE : 0;
        long b = stop != null ? stop : st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return adjustIndices(a, b, st, length);
    }

    /**
     * {@code PySlice_AdjustIndices}: clamps already unpacked {@code start}/{@code stop} (a None
     * start is {@code 0}, or {@code Long.MAX_VALUE} when {@code step < 0}; a None stop is
     * {@code Long.MAX_VALUE}, or {@code Long.MIN_VALUE} when {@code step < 0}) to a sequence of
     * {@code length} items.
     *
     * @return {@code {start, stop, step, slicelength}}; ValueError "slice step cannot be zero"
     */
    public static long[] adjustIndices(long start, long stop, long step, long length) {
        if (step == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n = 0;
        if (step < 0) {
            if (stop < start) {
                n = (start - stop - 1) / -step + 1;
            }
        } else if (start < stop) {
            n = (stop - start - 1) / step + 1;
        }
        return new long[] {start, stop, step, n};
    }

    /**
     * {@code _PyEval_SliceIndex} clamping: a Python int (Long, BigInteger, Boolean) as a long,
     * saturated at {@code Long.MIN_VALUE}/{@code Long.MAX_VALUE}.
     */
    public static long clamp(Object index) {
        if (index instanceof Long l) {
            return l;
        } else if (index instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (index instanceof Integer i) {
            return i;
        }
        BigInteger b = (BigInteger) index;
        if (b.bitLength() < 64) {
            return b.longValue();
        }
        return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /**
     * The item index for {@code seq[i]}: {@code i}, or {@code i + length} when negative; -1 when
     * the index is out of range (the caller raises its own IndexError, e.g. "list index out of range").
     */
    public static long normalizeIndex(long i, long length) {
        if (i < 0) {
            i += length;
        }
        return i < 0 || i >= length ? -1 : i;
    }

    /**
     * Like {@link #normalizeIndex(long, long)} but raising IndexError "{@code <what>} index out of
     * range" (what is "list", "tuple", "string", ...).
     */
    public static long checkIndex(long i, long length, String what) {
        long r = normalizeIndex(i, length);
        if (r < 0) {
            throw PyErrors.indexError(what + " index out of range");
        }
        return r;
    }
}
