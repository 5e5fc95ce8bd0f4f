package pygil.stdlib.math;

import java.math.BigInteger;

import pygil.runtime.object.PyModule;
import pygil.stdlib.support.Defs;

/**
 * {@code math.gamma}, {@code lgamma}, {@code erf} and {@code erfc}. {@code gamma} and
 * {@code lgamma} mirror CPython's own {@code m_tgamma} and {@code m_lgamma}: the Lanczos
 * approximation with g = 6.0246800407767296 and 13 terms (as in Boost), the reflection formula
 * for negative arguments, exact factorials for the integers up to 23, and errors by C's
 * {@code errno} convention (poles and -inf are domain errors, overflow a range error). The
 * error functions are {@link ErrorFunction}'s.
 */
final class SpecialFunctions {
    private SpecialFunctions() {}

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] NUM = {23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
                    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
                    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
                    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
                    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
                    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
                    2.5066282746310002701649081771338373386264310793408};
    private static final double[] DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0,
                    1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    /** gamma(n) for n = 1..23: the factorials, correctly rounded. */
    private static final double[] FACTORIALS = new double[23];

    static {
        BigInteger f = BigInteger.ONE;
        for (int n = 1; n <= 23; n++) {
            FACTORIALS[n - 1] = f.doubleValue();
            f = f.multiply(BigInteger.valueOf(n));
        }
    }

    static void install(PyModule m) {
        Defs.one(m, "gamma", x -> gamma(MathErrors.real(x)));
        Defs.one(m, "lgamma", x -> lgamma(MathErrors.real(x)));
        Defs.one(m, "erf", x -> MathErrors.math1(x, ErrorFunction::erf, false));
        Defs.one(m, "erfc", x -> MathErrors.math1(x, ErrorFunction::erfc, false));
    }

    /**
     * The Lanczos rational function; for large x evaluated in 1/x (numerator and denominator
     * scaled by x**(1-13)) to avoid overflow.
     */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = NUM.length - 1; i >= 0; i--) {
                num = num * x + NUM[i];
                den = den * x + DEN[i];
            }
        } else {
            for (int i = 0; i < NUM.length; i++) {
                num = num / x + NUM[i];
                den = den / x + DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x) for finite x, exact at integers and half-integers (Equivalent of {@code m_sinpi}). */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.floor(2.0 * y + 0.5);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** {@code math.gamma(x)} (Equivalent of {@code m_tgamma} with {@code math_1a}'s errors). */
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (x == Double.NEGATIVE_INFINITY) {
                throw MathErrors.domain();
            }
            return x;
        }
        if (x == 0.0) {
            throw MathErrors.domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0.0) {
                throw MathErrors.domain();
            }
            if (x <= FACTORIALS.length) {
                return FACTORIALS[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return finite(1.0 / x);
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw MathErrors.range();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        // the rounding error of y, to correct the result
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return finite(r);
    }

    /** {@code math.lgamma(x)}: log(abs(gamma(x))) (Equivalent of {@code m_lgamma}). */
    static double lgamma(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw MathErrors.domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        return finite(r);
    }

    /** An infinite result from a finite argument is OverflowError "math range error". */
    private static double finite(double r) {
        if (Double.isInfinite(r)) {
            throw MathErrors.range();
        }
        return r;
    }
}
