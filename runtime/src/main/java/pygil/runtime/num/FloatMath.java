package pygil.runtime.num;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import pygil.runtime.error.PyErrors;

/**
 * Python {@code float} semantics that differ from plain Java {@code double} arithmetic; mirrors
 * CPython's {@code Objects/floatobject.c} ({@code float_div}, {@code float_floor_div},
 * {@code float_rem}, {@code float_divmod}/{@code _float_div_mod}, {@code float_pow},
 * {@code float___round___impl}/{@code double_round}, {@code float_is_integer},
 * {@code float_richcompare}) and {@code PyLong_FromDouble}.
 *
 * <p>Plain {@code + - *} are Java's IEEE operations and need no helper. Static, stateless and
 * thread-safe.
 */
public final class FloatMath {
    private FloatMath() {}

    /** Returned by {@link #compareToInt} when the float is a NaN (every comparison but != is False). */
    public static final int UNORDERED = 2;

    private static final double TWO63 = 0x1p63;

    /** {@code a / b} ({@code float_div}); ZeroDivisionError "float division by zero". */
    public static double trueDiv(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivisionError("float division by zero");
        }
        return a / b;
    }

    /** {@code a // b} ({@code float_floor_div}); ZeroDivisionError "float floor division by zero". */
    public static double floorDiv(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivisionError("float floor division by zero");
        }
        return divmodUnchecked(a, b)[0];
    }

    /** {@code a % b} ({@code float_rem}): the result has the sign of {@code b}; ZeroDivisionError "float modulo". */
    public static double mod(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivisionError("float modulo");
        }
        double m = a % b; // Java's % on doubles is C's fmod: exact, sign of the dividend
        if (m != 0.0) {
            if ((b < 0) != (m < 0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    /** {@code divmod(a, b)} ({@code float_divmod}) as {@code {a // b, a % b}}; ZeroDivisionError "float divmod()". */
    public static double[] divmod(double a, double b) {
        if (b == 0.0) {
            throw PyErrors.zeroDivisionError("float divmod()");
        }
        return divmodUnchecked(a, b);
    }

    /** The quotient/remainder pair computed as CPython's {@code _float_div_mod}. */
    private static double[] divmodUnchecked(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /**
     * True when {@code base ** exp} has a complex result in Python (negative finite base, finite
     * non-integral exponent); callers that support complex numbers should check this first.
     */
    public static boolean powNeedsComplex(double base, double exp) {
        return base < 0.0 && !Double.isInfinite(base) && Double.isFinite(exp) && exp != Math.floor(exp);
    }

    /**
     * {@code base ** exp} ({@code float_pow}) with CPython's special cases (C99 Annex F). Errors:
     * ZeroDivisionError "0.0 cannot be raised to a negative power"; OverflowError
     * "(34, 'Numerical result out of range')" when a finite computation overflows. A negative
     * base with a non-integral exponent (complex result in CPython) raises ValueError
     * "complex results not supported" here (see {@link #powNeedsComplex}). The core uses
     * {@link Math#pow}, which may differ from the C library in the last bit for some inputs.
     */
    public static double pow(double iv, double iw) {
        if (iw == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (Double.isInfinite(iw)) {
            double a = Math.abs(iv);
            if (a == 1.0) {
                return 1.0;
            } else if ((iw > 0.0) == (a > 1.0)) {
                return Math.abs(iw);
            }
            return 0.0;
        }
        boolean oddExp = isOddInteger(iw);
        if (Double.isInfinite(iv)) {
            if (iw > 0.0) {
                return oddExp ? iv : Math.abs(iv);
            }
            return oddExp ? Math.copySign(0.0, iv) : 0.0;
        }
        if (iv == 0.0) {
            if (iw < 0.0) {
                throw PyErrors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return oddExp ? iv : 0.0;
        }
        boolean negate = false;
        if (iv < 0.0) {
            if (iw != Math.floor(iw)) {
                throw PyErrors.valueError("complex results not supported");
            }
            iv = -iv;
            negate = oddExp;
        }
        if (iv == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double x) {
        return Math.abs(x) < 0x1p53 && x == Math.floor(x) && (((long) x) & 1) != 0;
    }

    /**
     * {@code round(x, ndigits)} ({@code double_round}): the exact binary value is rounded
     * half-even to {@code ndigits} decimal places, so {@code round(2.675, 2) == 2.67}. NaN, infinities
     * and zeros are returned unchanged. Callers clamp a huge Python ndigits to the long range.
     * OverflowError "rounded value too large to represent".
     */
    public static double round(double x, long ndigits) {
        if (!Double.isFinite(x) || x == 0.0) {
            return x;
        }
        if (ndigits > 323) {
            return x;
        } else if (ndigits < -308) {
            return 0.0 * x;
        }
        BigDecimal rounded = new BigDecimal(x).setScale((int) ndigits, RoundingMode.HALF_EVEN);
        double r = Double.parseDouble(rounded.toString());
        if (Double.isInfinite(r)) {
            throw PyErrors.overflowError("rounded value too large to represent");
        }
        return r == 0.0 ? Math.copySign(0.0, x) : r;
    }

    /**
     * {@code round(x)} ({@code float___round___impl} without ndigits): round half to even to an
     * int (Long or BigInteger). OverflowError "cannot convert float infinity to integer", ValueError
     * "cannot convert float NaN to integer".
     */
    public static Object roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /** {@code math.floor(x)} as an int. */
    public static Object floor(double x) {
        return toInt(Math.floor(x));
    }

    /** {@code math.ceil(x)} as an int. */
    public static Object ceil(double x) {
        return toInt(Math.ceil(x));
    }

    /** {@code int(x)} / {@code math.trunc(x)}: truncation towards zero. */
    public static Object trunc(double x) {
        return toInt(x);
    }

    /**
     * {@code PyLong_FromDouble}: the integral part of {@code x} as a Long or BigInteger.
     * OverflowError "cannot convert float infinity to integer", ValueError "cannot convert float NaN to integer".
     */
    public static Object toInt(double x) {
        if (-TWO63 <= x && x < TWO63) {
            return (long) x;
        }
        if (Double.isNaN(x)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        } else if (Double.isInfinite(x)) {
            throw PyErrors.overflowError("cannot convert float infinity to integer");
        }
        return IntMath.normalize(new BigDecimal(x).toBigInteger());
    }

    /** {@code float.is_integer()}: finite with no fractional part. */
    public static boolean isInteger(double x) {
        return Double.isFinite(x) && x == Math.floor(x);
    }

    /**
     * Exact comparison of a float with an int ({@code float_richcompare}): -1, 0 or 1 as
     * {@code d <, ==, > i}, or {@link #UNORDERED} when {@code d} is NaN. The int is never rounded
     * to a double, so {@code float(2**53) < 2**53 + 1}.
     */
    public static int compareToInt(double d, Object i) {
        if (Double.isNaN(d)) {
            return UNORDERED;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (i instanceof Long || i instanceof Boolean || i instanceof Integer) {
            long l = i instanceof Long x ? x : i instanceof Integer x ? x : ((Boolean) i ? 1 : 0);
            if (-(1L << 53) <= l && l <= (1L << 53)) {
                double li = l;
                return d < li ? -1 : d > li ? 1 : 0;
            }
        }
        double f = Math.floor(d);
        int c = compareIntegral(f, i);
        if (f == d) {
            return c;
        }
        // d lies strictly between f and f + 1.
        return c >= 0 ? 1 : -1;
    }

    /** {@code d == i} exactly, for a float and an int. */
    public static boolean equalsInt(double d, Object i) {
        return compareToInt(d, i) == 0;
    }

    private static int compareIntegral(double f, Object i) {
        if (-TWO63 <= f && f < TWO63 && !(i instanceof BigInteger)) {
            return Long.compare((long) f, IntMath.big(i).longValue());
        }
        BigInteger fb = -TWO63 <= f && f < TWO63 ? BigInteger.valueOf((long) f) : new BigDecimal(f).toBigInteger();
        return fb.compareTo(IntMath.big(i));
    }
}
