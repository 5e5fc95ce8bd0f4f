package pygil.runtime.ops;

import java.math.BigInteger;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.iterators.SequenceIterators;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PySlice;
import pygil.runtime.object.PyTuple;

/**
 * The operations of {@code range} (Equivalent of {@code Objects/rangeobject.c}): subscription
 * and slicing, membership, {@code index}/{@code count}, length, equality, hashing, repr and
 * iteration. Ranges whose bounds fit a long take long arithmetic; the others
 * ({@link PyRange#isBig()}) use ints, as CPython does with its PyLong fields.
 */
public final class RangeOps {
    private RangeOps() {}

    /** {@code len(r)}: OverflowError "Python int too large to convert to C ssize_t" beyond a long. */
    public static long len(PyRange r) {
        if (r.lengthObj() instanceof Long n) {
            return n;
        }
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** {@code bool(r)}. */
    public static boolean isTrue(PyRange r) {
        return r.isBig() ? IntMath.signum(r.lengthObj()) != 0 : r.length != 0;
    }

    /** {@code r[key]} (Equivalent of {@code range_subscript}). */
    public static Object getItem(PyRange r, Object key) {
        if (key instanceof PySlice s) {
            return slice(r, s);
        }
        if (!Numbers.hasIndex(key)) {
            throw PyErrors.typeError("range indices must be integers or slices, not " + BuiltinTypes.typeName(key));
        }
        Object i = Numbers.index(key);
        if (!r.isBig() && i instanceof Long l) {
            long k = l < 0 ? l + r.length : l;
            if (k < 0 || k >= r.length) {
                throw PyErrors.indexError("range object index out of range");
            }
            return r.get(k);
        }
        BigInteger k = IntMath.big(i);
        BigInteger n = IntMath.big(r.lengthObj());
        if (k.signum() < 0) {
            k = k.add(n);
        }
        if (k.signum() < 0 || k.compareTo(n) >= 0) {
            throw PyErrors.indexError("range object index out of range");
        }
        return item(r, k);
    }

    /** Equivalent of {@code compute_item}: {@code start + i * step} as an int. */
    private static Object item(PyRange r, BigInteger i) {
        return IntMath.normalize(IntMath.big(r.startObj()).add(i.multiply(IntMath.big(r.stepObj()))));
    }

    /** {@code r[slice]} (Equivalent of {@code compute_slice} over {@code _PySlice_GetLongIndices}). */
    public static PyRange slice(PyRange r, PySlice s) {
        BigInteger length = IntMath.big(r.lengthObj());
        BigInteger step = s.step == PNone.NONE ? BigInteger.ONE : IntMath.big(Numbers.index(s.step));
        if (step.signum() == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        boolean negative = step.signum() < 0;
        BigInteger lower = negative ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = negative ? length.add(lower) : length;
        BigInteger start = s.start == PNone.NONE ? (negative ? upper : lower) : clamp(IntMath.big(Numbers.index(s.start)), length, lower, upper);
        BigInteger stop = s.stop == PNone.NONE ? (negative ? lower : upper) : clamp(IntMath.big(Numbers.index(s.stop)), length, lower, upper);
        Object subStep = IntMath.normalize(IntMath.big(r.stepObj()).multiply(step));
        return PyRange.of(item(r, start), item(r, stop), subStep);
    }

    private static BigInteger clamp(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    /** True for the values {@code range_contains} checks arithmetically (exact ints and bools). */
    private static boolean isExactInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** {@code item in r} (Equivalent of {@code range_contains}). */
    public static boolean contains(PyRange r, Object item) {
        if (isExactInt(item)) {
            return position(r, item) != null;
        }
        Object it = iterator(r);
        for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
            if (Compare.richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the int {@code v} in {@code r}, or null if it is not an element. */
    private static Object position(PyRange r, Object v) {
        if (!r.isBig() && (v instanceof Long || v instanceof Boolean)) {
            long x = v instanceof Long l ? l : ((Boolean) v ? 1 : 0);
            if (r.step > 0 ? (x < r.start || x >= r.stop) : (x > r.start || x <= r.stop)) {
                return null;
            }
            // x - start and step may not fit a long when they span the whole long range.
            BigInteger d = BigInteger.valueOf(x).subtract(BigInteger.valueOf(r.start));
            BigInteger[] qr = d.divideAndRemainder(BigInteger.valueOf(r.step));
            return qr[1].signum() == 0 ? IntMath.normalize(qr[0]) : null;
        }
        BigInteger x = IntMath.big(Numbers.index(v));
        BigInteger start = IntMath.big(r.startObj());
        BigInteger stop = IntMath.big(r.stopObj());
        BigInteger step = IntMath.big(r.stepObj());
        boolean inside = step.signum() > 0 ? x.compareTo(start) >= 0 && x.compareTo(stop) < 0 : x.compareTo(start) <= 0 && x.compareTo(stop) > 0;
        if (!inside) {
            return null;
        }
        BigInteger[] qr = x.subtract(start).divideAndRemainder(step);
        return qr[1].signum() == 0 ? IntMath.normalize(qr[0]) : null;
    }

    /** {@code r.index(x)}: ValueError "5 is not in range" (or the sequence message for non-ints). */
    public static Object index(PyRange r, Object x) {
        if (isExactInt(x)) {
            Object i = position(r, x);
            if (i == null) {
                throw PyErrors.valueError(Repr.repr(x) + " is not in range");
            }
            return i;
        }
        long i = 0;
        Object it = iterator(r);
        for (Object v = Iter.next(it); v != Iter.STOP; v = Iter.next(it), i++) {
            if (Compare.richCompareBool(v, x, CompareOp.EQ)) {
                return i;
            }
        }
        throw PyErrors.valueError("sequence.index(x): x not in sequence");
    }

    /** {@code r.count(x)}. */
    public static long count(PyRange r, Object x) {
        if (isExactInt(x)) {
            return position(r, x) != null ? 1 : 0;
        }
        long n = 0;
        Object it = iterator(r);
        for (Object v = Iter.next(it); v != Iter.STOP; v = Iter.next(it)) {
            if (Compare.richCompareBool(v, x, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    /** Equivalent of {@code range_equals}: same length, and same start/step where they matter. */
    public static boolean equal(PyRange x, PyRange y) {
        if (!x.isBig() && !y.isBig()) {
            return x.length == y.length && (x.length == 0 || (x.start == y.start && (x.length == 1 || x.step == y.step)));
        }
        Object n = x.lengthObj();
        if (!n.equals(y.lengthObj())) {
            return false;
        }
        if (IntMath.signum(n) == 0) {
            return true;
        }
        if (!x.startObj().equals(y.startObj())) {
            return false;
        }
        return n.equals(1L) || x.stepObj().equals(y.stepObj());
    }

    /** Equivalent of {@code range_hash}: the hash of {@code (len, start, step)} with None where irrelevant. */
    public static long hash(PyRange r) {
        Object n = r.lengthObj();
        boolean empty = IntMath.signum(n) == 0;
        return Hash.hashTuple(PyTuple.of(n, empty ? PNone.NONE : r.startObj(), empty || n.equals(1L) ? PNone.NONE : r.stepObj()));
    }

    /** {@code repr(r)}: {@code range(0, 10)}, {@code range(0, 10, 2)}. */
    public static String repr(PyRange r) {
        Object step = r.stepObj();
        String s = "range(" + r.startObj() + ", " + r.stopObj();
        return step.equals(1L) ? s + ")" : s + ", " + step + ")";
    }

    /** {@code iter(r)}: a {@code range_iterator}, or a {@code longrange_iterator} for a big range. */
    public static Object iterator(PyRange r) {
        if (!r.isBig()) {
            return new SequenceIterators.RangeIterator(r);
        }
        return new SequenceIterators.LongRangeIterator(IntMath.big(r.startObj()), IntMath.big(r.stepObj()), IntMath.big(r.lengthObj()));
    }

    /** {@code reversed(r)} (Equivalent of {@code range_reverse}). */
    public static Object reversed(PyRange r) {
        if (!r.isBig() && r.step != Long.MIN_VALUE) {
            long last = r.length == 0 ? r.start : r.start + (r.length - 1) * r.step;
            return new SequenceIterators.RangeIterator(last, -r.step, r.length);
        }
        BigInteger n = IntMath.big(r.lengthObj());
        BigInteger step = IntMath.big(r.stepObj());
        BigInteger last = IntMath.big(r.startObj()).add(n.subtract(BigInteger.ONE).multiply(step));
        return new SequenceIterators.LongRangeIterator(last, step.negate(), n);
    }
}
