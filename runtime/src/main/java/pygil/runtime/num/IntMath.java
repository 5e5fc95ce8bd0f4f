package pygil.runtime.num;

import java.math.BigInteger;

import pygil.runtime.error.PyErrors;

/**
 * Python {@code int} arithmetic over plain Java values; mirrors the number slots of CPython's
 * {@code Objects/longobject.c} ({@code long_add}, {@code long_sub}, {@code long_mul},
 * {@code long_div}, {@code long_mod}, {@code long_divmod}, {@code long_pow},
 * {@code long_true_divide}, {@code long_neg}, {@code long_abs}, {@code long_invert},
 * {@code long_lshift}, {@code long_rshift}, {@code long_and}, {@code long_or},
 * {@code long_xor}, {@code long_richcompare}, {@code PyLong_AsDouble},
 * {@code int.bit_length}).
 *
 * <p>Inputs may be {@link Long}, {@link BigInteger} (normalized or not), {@link Boolean} (True is 1)
 * or {@link Integer}; results are always normalized: a {@link Long} whenever the value fits in
 * 64 bits, otherwise a {@link BigInteger}; only {@code & | ^} of two bools return a bool, as in
 * Python. Static, stateless and thread-safe.
 */
public final class IntMath {
    private IntMath() {}

    private static final String DIV_ZERO = "integer division or modulo by zero";
    private static final String MOD_ZERO = "integer modulo by zero";

    // ---------------------------------------------------------------- representation helpers

    /** True when {@code o} is one of the Java representations of a Python int (bool included). */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof BigInteger || o instanceof Boolean || o instanceof Integer;
    }

    /** The value of a Python int as a {@link BigInteger}. */
    public static BigInteger big(Object o) {
        if (o instanceof Long l) {
            return BigInteger.valueOf(l);
        } else if (o instanceof BigInteger b) {
            return b;
        } else if (o instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        } else if (o instanceof Integer i) {
            return BigInteger.valueOf(i);
        }
        throw new IllegalArgumentException("not a Python int: " + (o == null ? "null" : o.getClass().getName()));
    }

    /** {@code b} as a {@link Long} when it fits in 64 bits, else {@code b} itself. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** True for the inputs that have a {@code long} value (Long, Boolean, Integer). */
    private static boolean small(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof Integer;
    }

    private static long lv(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return (Integer) o;
    }

    // ---------------------------------------------------------------- long fast paths

    /** {@code a + b}, overflowing into a BigInteger. */
    public static Object addExact(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        }
        return r;
    }

    /** {@code a - b}, overflowing into a BigInteger. */
    public static Object subExact(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        }
        return r;
    }

    /** {@code a * b}, overflowing into a BigInteger. */
    public static Object mulExact(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
            return lo;
        }
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    }

    /** {@code -a}, overflowing into a BigInteger for {@code Long.MIN_VALUE}. */
    public static Object negExact(long a) {
        return a == Long.MIN_VALUE ? BigInteger.valueOf(a).negate() : (Object) (-a);
    }

    /** Python {@code a // b} on longs (floor division). */
    public static Object floorDivExact(long a, long b) {
        if (b == 0) {
            throw PyErrors.zeroDivisionError(DIV_ZERO);
        }
        if (a == Long.MIN_VALUE && b == -1) {
            return BigInteger.valueOf(a).negate();
        }
        return Math.floorDiv(a, b);
    }

    /** Python {@code a % b} on longs (result has the sign of {@code b}); ZeroDivisionError "integer modulo by zero". */
    public static long modExact(long a, long b) {
        if (b == 0) {
            throw PyErrors.zeroDivisionError(MOD_ZERO);
        }
        return Math.floorMod(a, b);
    }

    // ---------------------------------------------------------------- arithmetic

    /** {@code a + b} ({@code long_add}). */
    public static Object add(Object a, Object b) {
        if (small(a) && small(b)) {
            return addExact(lv(a), lv(b));
        }
        return normalize(big(a).add(big(b)));
    }

    /** {@code a - b} ({@code long_sub}). */
    public static Object sub(Object a, Object b) {
        if (small(a) && small(b)) {
            return subExact(lv(a), lv(b));
        }
        return normalize(big(a).subtract(big(b)));
    }

    /** {@code a * b} ({@code long_mul}). */
    public static Object mul(Object a, Object b) {
        if (small(a) && small(b)) {
            return mulExact(lv(a), lv(b));
        }
        return normalize(big(a).multiply(big(b)));
    }

    /** {@code a // b} ({@code long_div}); ZeroDivisionError "integer division or modulo by zero". */
    public static Object floorDiv(Object a, Object b) {
        if (small(a) && small(b)) {
            return floorDivExact(lv(a), lv(b));
        }
        return normalize(bigDivmod(big(a), big(b))[0]);
    }

    /**
     * {@code a % b} ({@code long_mod}): the result has the sign of {@code b}; ZeroDivisionError
     * "integer modulo by zero".
     */
    public static Object mod(Object a, Object b) {
        if (small(a) && small(b)) {
            return modExact(lv(a), lv(b));
        }
        if (signum(b) == 0) {
            throw PyErrors.zeroDivisionError(MOD_ZERO);
        }
        return normalize(bigDivmod(big(a), big(b))[1]);
    }

    /** {@code divmod(a, b)} ({@code long_divmod}): {@code {a // b, a % b}}. */
    public static Object[] divmod(Object a, Object b) {
        if (small(a) && small(b)) {
            long x = lv(a);
            long y = lv(b);
            Object q = floorDivExact(x, y);
            return new Object[] {q, Math.floorMod(x, y)};
        }
        BigInteger[] qr = bigDivmod(big(a), big(b));
        return new Object[] {normalize(qr[0]), normalize(qr[1])};
    }

    private static BigInteger[] bigDivmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) {
            throw PyErrors.zeroDivisionError(DIV_ZERO);
        }
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /**
     * {@code base ** exp} ({@code long_pow} without modulus). A negative exponent gives a
     * {@link Double} computed as {@code float(base) ** float(exp)} like CPython (so
     * {@code 0 ** -1} raises ZeroDivisionError "0.0 cannot be raised to a negative power").
     * Results too large for a BigInteger raise MemoryError, as CPython does when it runs out of memory.
     */
    public static Object pow(Object base, Object exp) {
        if (signum(exp) < 0) {
            return FloatMath.pow(toDouble(base), toDouble(exp));
        }
        if (small(base) && small(exp)) {
            Object r = powSmall(lv(base), lv(exp));
            if (r != null) {
                return r;
            }
        }
        BigInteger b = big(base);
        BigInteger e = big(exp);
        if (b.signum() == 0) {
            return e.signum() == 0 ? 1L : 0L;
        } else if (b.equals(BigInteger.ONE)) {
            return 1L;
        } else if (b.equals(BigInteger.ONE.negate())) {
            return e.testBit(0) ? -1L : 1L;
        }
        if (e.bitLength() > 31) {
            throw PyErrors.memoryError();
        }
        try {
            return normalize(b.pow(e.intValue()));
        } catch (ArithmeticException ex) {
            throw PyErrors.memoryError();
        }
    }

    /** Square-and-multiply on longs; null when an intermediate overflows. */
    private static Object powSmall(long b, long e) {
        long result = 1;
        long sq = b;
        while (true) {
            if ((e & 1) != 0) {
                long hi = Math.multiplyHigh(result, sq);
                long lo = result * sq;
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                    return null;
                }
                result = lo;
            }
            e >>>= 1;
            if (e == 0) {
                return result;
            }
            long hi = Math.multiplyHigh(sq, sq);
            long lo = sq * sq;
            if (hi != 0 || lo < 0) {
                return null;
            }
            sq = lo;
        }
    }

    /**
     * Three-argument {@code pow(base, exp, mod)} ({@code long_pow} with modulus): the result lies
     * between 0 and {@code mod} (sign of {@code mod}); a negative exponent uses the modular inverse.
     * ValueError "pow() 3rd argument cannot be 0" / "base is not invertible for the given modulus".
     */
    public static Object powMod(Object base, Object exp, Object mod) {
        BigInteger m = big(mod);
        if (m.signum() == 0) {
            throw PyErrors.valueError("pow() 3rd argument cannot be 0");
        }
        boolean negativeOutput = m.signum() < 0;
        m = m.abs();
        if (m.equals(BigInteger.ONE)) {
            return 0L;
        }
        BigInteger r;
        try {
            r = big(base).modPow(big(exp), m);
        } catch (ArithmeticException ex) {
            throw PyErrors.valueError("base is not invertible for the given modulus");
        }
        if (negativeOutput && r.signum() != 0) {
            r = r.subtract(m);
        }
        return normalize(r);
    }

    /**
     * {@code a / b} ({@code long_true_divide}): correctly rounded (round-half-even) even when the
     * operands do not fit in a double. ZeroDivisionError "division by zero"; OverflowError
     * "integer division result too large for a float".
     */
    public static double trueDiv(Object a, Object b) {
        if (small(a) && small(b)) {
            long x = lv(a);
            long y = lv(b);
            if (y == 0) {
                throw PyErrors.zeroDivisionError("division by zero");
            }
            final long lim = 1L << 53;
            if (-lim <= x && x <= lim && -lim <= y && y <= lim) {
                return (double) x / (double) y;
            }
        }
        return IntTrueDiv.divide(big(a), big(b));
    }

    // ---------------------------------------------------------------- unary and bitwise

    /** {@code -a}. */
    public static Object neg(Object a) {
        return small(a) ? negExact(lv(a)) : normalize(big(a).negate());
    }

    /** {@code abs(a)}. */
    public static Object abs(Object a) {
        if (small(a)) {
            long x = lv(a);
            return x < 0 ? negExact(x) : (Object) x;
        }
        return normalize(big(a).abs());
    }

    /** {@code ~a} (that is {@code -a - 1}). */
    public static Object invert(Object a) {
        return small(a) ? (Object) (~lv(a)) : normalize(big(a).not());
    }

    /** {@code a << n}; ValueError "negative shift count"; MemoryError when the result is too big. */
    public static Object lshift(Object a, Object n) {
        long count = shiftCount(n);
        if (isZero(a)) {
            return 0L;
        }
        if (small(a) && count < 63) {
            long x = lv(a);
            long r = x << count;
            if ((r >> count) == x) {
                return r;
            }
        }
        if (count > Integer.MAX_VALUE) {
            throw PyErrors.memoryError();
        }
        try {
            return normalize(big(a).shiftLeft((int) count));
        } catch (ArithmeticException ex) {
            throw PyErrors.memoryError();
        }
    }

    /** {@code a >> n} (floor semantics: rounds towards minus infinity); ValueError "negative shift count". */
    public static Object rshift(Object a, Object n) {
        long count = shiftCount(n);
        if (small(a)) {
            return lv(a) >> Math.min(count, 63);
        }
        BigInteger x = big(a);
        if (count >= x.bitLength()) {
            return x.signum() < 0 ? -1L : 0L;
        }
        return normalize(x.shiftRight((int) count));
    }

    /** The shift count as a long, saturated at Long.MAX_VALUE. */
    private static long shiftCount(Object n) {
        if (signum(n) < 0) {
            throw PyErrors.valueError("negative shift count");
        }
        return small(n) ? lv(n) : Long.MAX_VALUE;
    }

    /** {@code a & b}; two bools give a bool ({@code bool.__and__}). */
    public static Object and(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x & y;
        }
        return small(a) && small(b) ? (Object) (lv(a) & lv(b)) : normalize(big(a).and(big(b)));
    }

    /** {@code a | b}; two bools give a bool. */
    public static Object or(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x | y;
        }
        return small(a) && small(b) ? (Object) (lv(a) | lv(b)) : normalize(big(a).or(big(b)));
    }

    /** {@code a ^ b}; two bools give a bool. */
    public static Object xor(Object a, Object b) {
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x ^ y;
        }
        return small(a) && small(b) ? (Object) (lv(a) ^ lv(b)) : normalize(big(a).xor(big(b)));
    }

    // ---------------------------------------------------------------- comparison and conversion

    /** Three-way comparison: negative, zero or positive as {@code a <, ==, > b}. */
    public static int compare(Object a, Object b) {
        if (small(a) && small(b)) {
            return Long.compare(lv(a), lv(b));
        }
        return big(a).compareTo(big(b));
    }

    /** {@code a == b} on ints (True == 1). */
    public static boolean equals(Object a, Object b) {
        return compare(a, b) == 0;
    }

    /** {@code a == 0}. */
    public static boolean isZero(Object a) {
        return small(a) ? lv(a) == 0 : big(a).signum() == 0;
    }

    /** -1, 0 or 1. */
    public static int signum(Object a) {
        return small(a) ? Long.signum(lv(a)) : big(a).signum();
    }

    /**
     * {@code float(a)} ({@code PyLong_AsDouble}): correctly rounded (half-even); OverflowError
     * "int too large to convert to float".
     */
    public static double toDouble(Object a) {
        if (small(a)) {
            return (double) lv(a);
        }
        double d = big(a).doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflowError("int too large to convert to float");
        }
        return d;
    }

    /** {@code int.bit_length()}: number of bits of {@code abs(a)}. */
    public static long bitLength(Object a) {
        if (small(a)) {
            long x = lv(a);
            return x == Long.MIN_VALUE ? 64 : 64 - Long.numberOfLeadingZeros(Math.abs(x));
        }
        return big(a).abs().bitLength();
    }
}
