package pygil.runtime.object;

import java.math.BigInteger;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.num.IntMath;

/**
 * Python {@code range} (Equivalent of {@code rangeobject}): start, stop, step and the
 * precomputed length. Holds no counted references.
 *
 * <p>Two representations, chosen by {@link #of}: when start, stop, step and the length all fit
 * in a long (the common case) they are the public long fields; otherwise ({@code range(2**64)},
 * {@code range(-2**63, 2**63)}) they are kept as ints ({@code Long} or {@code BigInteger}) and
 * the long fields are meaningless ({@link #isBig()}). The int-valued accessors
 * ({@link #startObj()}, ...) work for both. The operations are in
 * {@link pygil.runtime.ops.RangeOps}.
 */
public final class PyRange extends PyObject {
    /** The bounds and length; valid only when {@link #isBig()} is false. */
    public final long start;
    public final long stop;
    public final long step;
    public final long length;
    /** {start, stop, step, length} as normalized ints when some do not fit a long, else null. */
    private final Object[] big;

    private PyRange(long start, long stop, long step, long length) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = length;
        this.big = null;
    }

    private PyRange(Object[] big) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.length = 0;
        this.big = big;
    }

    /** {@code range(start, stop, step)} for longs; the caller has checked {@code step != 0}. */
    public static PyRange of(long start, long stop, long step) {
        long n = computeLength(start, stop, step);
        if (n >= 0) {
            return new PyRange(start, stop, step, n);
        }
        return of((Object) start, (Object) stop, (Object) step);
    }

    /** {@code range(start, stop, step)} for ints (Long/BigInteger); the caller has checked {@code step != 0}. */
    public static PyRange of(Object start, Object stop, Object step) {
        if (start instanceof Long a && stop instanceof Long b && step instanceof Long c) {
            long n = computeLength(a, b, c);
            if (n >= 0) {
                return new PyRange(a, b, c, n);
            }
        }
        BigInteger lo = IntMath.big(start);
        BigInteger hi = IntMath.big(stop);
        BigInteger st = IntMath.big(step);
        BigInteger n;
        // Equivalent of compute_range_length: (hi - lo - 1) / step + 1 when non-empty.
        if (st.signum() > 0) {
            n = lo.compareTo(hi) >= 0 ? BigInteger.ZERO : hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE);
        } else {
            n = hi.compareTo(lo) >= 0 ? BigInteger.ZERO : lo.subtract(hi).subtract(BigInteger.ONE).divide(st.negate()).add(BigInteger.ONE);
        }
        return new PyRange(new Object[] {IntMath.normalize(lo), IntMath.normalize(hi), IntMath.normalize(st), IntMath.normalize(n)});
    }

    /**
     * The number of elements when it fits a long, else -1 (Equivalent of
     * {@code compute_range_length} for C longs).
     */
    public static long computeLength(long start, long stop, long step) {
        // The true difference is below 2^64, so unsigned arithmetic is exact.
        if (step > 0) {
            return start >= stop ? 0 : Long.divideUnsigned(stop - start - 1, step) + 1;
        }
        if (start <= stop) {
            return 0;
        }
        // -step as unsigned handles Long.MIN_VALUE.
        return Long.divideUnsigned(start - stop - 1, -step) + 1;
    }

    /** True when the bounds are kept as ints (some do not fit a long). */
    public boolean isBig() {
        return big != null;
    }

    public Object startObj() {
        return big == null ? (Object) start : big[0];
    }

    public Object stopObj() {
        return big == null ? (Object) stop : big[1];
    }

    public Object stepObj() {
        return big == null ? (Object) step : big[2];
    }

    /** The length as an int (Long or BigInteger). */
    public Object lengthObj() {
        return big == null ? (Object) length : big[3];
    }

    /** The i-th element, {@code 0 <= i < length}, of a range that is not big. */
    public long get(long i) {
        return start + i * step;
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.RANGE;
    }
}
