package pygil.stdlib.math;

/**
 * Real functions chosen or written to give the results of the C library CPython 3.11 is
 * usually built against (glibc on Linux), so that printed values match. {@link Math}'s
 * intrinsics of {@code exp}, {@code log}, {@code pow}, {@code sin}, {@code cos} and {@code tan}
 * are within rounding of glibc's nearly-correctly-rounded versions; {@link StrictMath}'s
 * fdlibm {@code expm1}, {@code log1p} and {@code tanh} are the algorithms glibc uses. The
 * functions here follow glibc's algorithms over those building blocks: {@code log10} and
 * {@code sinh}/{@code cosh} (fdlibm's formulas) and {@code log2} (computed in double-double so
 * that it is close to correctly rounded, as glibc's is).
 */
final class Libm {
    private Libm() {}

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;
    private static final double INV_LN2_HI = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;
    private static final double SQRT_HALF = 0.7071067811865476;
    /** The largest x whose sinh/cosh is finite (fdlibm's threshold). */
    private static final double OVERFLOW_THRESHOLD = Double.longBitsToDouble(0x408633CE8FB9F87DL);

    /**
     * {@code log10(x)} for finite {@code x > 0}: {@code x = 2^k * m}, then
     * {@code k*log10(2) + log(m)/ln(10)} with log10(2) split in two parts (exact for powers of
     * ten, as CPython's).
     */
    static double log10(double x) {
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            k -= 54;
            x *= 0x1p54;
        }
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        k += (hx >> 20) - 1023;
        int i = k < 0 ? 1 : 0;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        double y = k + i;
        double m = Double.longBitsToDouble(((long) hx << 32) | (bits & 0xffffffffL));
        double z = y * LOG10_2LO + IVLN10 * Math.log(m);
        return z + y * LOG10_2HI;
    }

    /**
     * {@code log2(x)} for finite {@code x > 0}: {@code x = 2^e * m} with m in [sqrt(1/2),
     * sqrt(2)), {@code log(m)} in double-double from the series of {@code 2*atanh(f/(2+f))},
     * times 1/ln(2) in double-double, plus e. Exact for powers of two.
     */
    static double log2(double x) {
        int bias = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            bias = -54;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        e += bias;
        if (m >= 2 * SQRT_HALF) {
            m *= 0.5;
            e += 1;
        }
        // log(m) = 2 * atanh(s), s = f / (2 + f), f = m - 1 exact (Sterbenz)
        double f = m - 1.0;
        double uHi = 2.0 + f;
        double uLo = (2.0 - uHi) + f;
        double sHi = f / uHi;
        double sLo = (Math.fma(-sHi, uHi, f) - sHi * uLo) / uHi;
        double s2 = sHi * sHi;
        double t = 0.0;
        for (int n = 14; n >= 1; n--) {
            t = 1.0 / (2 * n + 1) + s2 * t;
        }
        double lHi = 2.0 * sHi;
        double lLo = 2.0 * sLo + 2.0 * sHi * s2 * t;
        double p = lHi * INV_LN2_HI;
        double pLo = Math.fma(lHi, INV_LN2_HI, -p) + lHi * INV_LN2_LO + lLo * INV_LN2_HI;
        double sum = e + p;
        double err = Math.abs((double) e) >= Math.abs(p) ? (e - sum) + p : (p - sum) + e;
        return sum + (err + pLo);
    }

    /** {@code sinh(x)} with fdlibm's formulas over {@code expm1} and {@code exp}. */
    static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        int ix = (int) (Double.doubleToRawLongBits(a) >>> 32);
        if (a < 22.0) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = StrictMath.expm1(a);
            if (a < 1.0) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) {
            return h * Math.exp(a);
        }
        if (a <= OVERFLOW_THRESHOLD) {
            double w = Math.exp(0.5 * a);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307 * 1.0e307;
    }

    /** {@code cosh(x)} with fdlibm's formulas over {@code expm1} and {@code exp}. */
    static double cosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        int ix = (int) (Double.doubleToRawLongBits(a) >>> 32);
        if (a < 22.0) {
            if (ix < 0x3fd62e43) {
                if (ix < 0x3c800000) {
                    return 1.0;
                }
                double t = StrictMath.expm1(a);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) {
            return 0.5 * Math.exp(a);
        }
        if (a <= OVERFLOW_THRESHOLD) {
            double w = Math.exp(0.5 * a);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }
}
