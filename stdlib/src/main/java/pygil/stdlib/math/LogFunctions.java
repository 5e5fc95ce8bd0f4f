package pygil.stdlib.math;

import java.math.BigInteger;

import pygil.runtime.error.PyErrors;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Numbers;
import pygil.stdlib.support.Defs;

/**
 * {@code math.log}, {@code log2}, {@code log10} and {@code log1p} (Equivalent of
 * {@code loghelper}, {@code m_log}, {@code m_log2}, {@code m_log10} and {@code math_log_impl}).
 * An int argument is taken exactly: non-positive ones are a domain error, and one too large for
 * a float is split as {@code m * 2**e} ({@code _PyLong_Frexp}) so that
 * {@code log(10**400)} works.
 */
final class LogFunctions {
    private LogFunctions() {}

    static void install(PyModule m) {
        Defs.raw(m, "log", (args, kw) -> {
            if (kw.length != 0) {
                throw PyErrors.typeError("log() takes no keyword arguments");
            }
            if (args.length < 1 || args.length > 2) {
                throw PyErrors.typeError("math.log requires 1 to 2 arguments");
            }
            double num = logHelper(args[0], LogFunctions::log);
            if (args.length == 1) {
                return num;
            }
            double den = logHelper(args[1], LogFunctions::log);
            if (den == 0.0) {
                throw PyErrors.zeroDivisionError("float division by zero");
            }
            return num / den;
        });
        Defs.one(m, "log2", x -> logHelper(x, LogFunctions::log2));
        Defs.one(m, "log10", x -> logHelper(x, LogFunctions::log10));
        Defs.one(m, "log1p", x -> MathErrors.math1(x, StrictMath::log1p, false));
    }

    /** Equivalent of {@code loghelper}. */
    private static double logHelper(Object arg, MathErrors.F1 func) {
        if (Numbers.isInt(arg)) {
            Object i = Numbers.index(arg);
            if (IntMath.signum(i) <= 0) {
                throw MathErrors.domain();
            }
            if (i instanceof BigInteger b && b.bitLength() > 1000) {
                double x = b.doubleValue();
                if (Double.isInfinite(x)) {
                    long[] e = new long[1];
                    double mant = frexp(b, e);
                    return func.apply(mant) + func.apply(2.0) * e[0];
                }
            }
            return func.apply(IntMath.toDouble(i));
        }
        return MathErrors.math1(arg, func, false);
    }

    /**
     * Equivalent of {@code _PyLong_Frexp} for a positive int: {@code m} in [0.5, 1), correctly
     * rounded (half-even), with {@code b == m * 2**e[0]} approximately.
     */
    static double frexp(BigInteger b, long[] e) {
        int n = b.bitLength();
        int shift = n - 62;
        long top = b.shiftRight(shift).longValue();
        if (b.getLowestSetBit() < shift) {
            top |= 1; // sticky bit: the value lies strictly above top * 2**shift
        }
        double m = Math.scalb((double) top, -62);
        long exp = n;
        if (m == 1.0) {
            m = 0.5;
            exp++;
        }
        e[0] = exp;
        return m;
    }

    /** Equivalent of {@code m_log}: errors for zero and negatives, specials as C99. */
    static double log(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Math.log(x);
            }
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        return Double.NaN;
    }

    /** Equivalent of {@code m_log2}. */
    static double log2(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Libm.log2(x);
            }
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        return Double.NaN;
    }

    /** Equivalent of {@code m_log10}. */
    static double log10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) {
                return Libm.log10(x);
            }
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x) || x > 0.0) {
            return x;
        }
        return Double.NaN;
    }
}
