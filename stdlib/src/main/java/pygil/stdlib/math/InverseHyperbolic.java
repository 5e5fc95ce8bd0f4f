package pygil.stdlib.math;

/**
 * {@code asinh}, {@code acosh} and {@code atanh}, which Java lacks (CPython calls
 * libm's). The formulas are the usual cancellation-free ones (those of fdlibm, which glibc's
 * x86-64 versions follow), so results agree with CPython on common arguments.
 */
final class InverseHyperbolic {
    private InverseHyperbolic() {}

    private static final double LN2 = 6.93147180559945286227e-01;
    private static final double TWO28 = 268435456.0;

    /** {@code asinh(x)}; odd, exact for tiny {@code x}. */
    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 1.0 / TWO28) {
            return x;
        }
        double w;
        if (a > TWO28) {
            w = Math.log(a) + LN2;
        } else if (a > 2.0) {
            w = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            w = StrictMath.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    /** {@code acosh(x)}: NaN below 1. */
    static double acosh(double x) {
        if (x < 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x >= TWO28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    /** {@code atanh(x)}: NaN beyond 1, infinite at +-1. */
    static double atanh(double x) {
        double a = Math.abs(x);
        if (a > 1.0 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return x / 0.0;
        }
        if (a < 1.0 / TWO28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * StrictMath.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * StrictMath.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(t, x);
    }
}
