package pygil.stdlib.math;

/**
 * {@code erf} and {@code erfc} computed in double-double and rounded once, so that they are
 * (nearly always) correctly rounded, as the C library's (which CPython calls) nearly always
 * is: the Taylor series {@code erf(x) = 2/sqrt(pi) * sum (-1)^n x^(2n+1) / (n! (2n+1))} below 4,
 * and above it Laplace's continued fraction
 * {@code erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))}.
 */
final class ErrorFunction {
    private ErrorFunction() {}

    private static final double SERIES_LIMIT = 4.0;
    /** 2/sqrt(pi) and 1/sqrt(pi) in double-double. */
    private static final DoubleDouble TWO_OVER_SQRT_PI = new DoubleDouble(1.1283791670955126, 1.533545961316588e-17);
    private static final DoubleDouble ONE_OVER_SQRT_PI = new DoubleDouble(0.5641895835477563, 7.66772980658294e-18);
    private static final DoubleDouble LN2 = new DoubleDouble(0.6931471805599453, 2.3190468138462996e-17);

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (x == 0.0) {
            return x;
        }
        if (a < 0x1p-60) {
            return TWO_OVER_SQRT_PI.mul(x).value();
        }
        if (a < SERIES_LIMIT) {
            return series(x).value();
        }
        if (a >= 6.0) {
            return Math.copySign(1.0, x);
        }
        return Math.copySign(DoubleDouble.ONE.sub(tail(a)).value(), x);
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < SERIES_LIMIT) {
            return DoubleDouble.ONE.sub(series(x)).value();
        }
        if (x < 0) {
            return 2.0; // 2 - erfc(|x|) rounds to 2 beyond 4
        }
        if (a > 27.3) {
            return 0.0;
        }
        return tail(a).value();
    }

    /** The Taylor series of erf at 0. */
    private static DoubleDouble series(double x) {
        DoubleDouble x2 = DoubleDouble.twoProduct(x, x).negate();
        DoubleDouble power = DoubleDouble.of(x); // (-1)^n x^(2n+1) / n!
        DoubleDouble sum = DoubleDouble.ZERO;
        for (int n = 0; n < 200; n++) {
            DoubleDouble term = power.div(DoubleDouble.of(2 * n + 1));
            sum = sum.add(term);
            if (Math.abs(term.hi()) < Math.abs(sum.hi()) * 0x1p-110) {
                break;
            }
            power = power.mul(x2).div(DoubleDouble.of(n + 1));
        }
        return sum.mul(TWO_OVER_SQRT_PI);
    }

    /** erfc(a) for a >= 4, from the continued fraction evaluated from its 80th term up. */
    private static DoubleDouble tail(double a) {
        DoubleDouble xa = DoubleDouble.of(a);
        DoubleDouble f = xa;
        for (int k = 80; k >= 1; k--) {
            f = xa.add(DoubleDouble.of(k / 2.0).div(f));
        }
        DoubleDouble e = exp(DoubleDouble.twoProduct(a, a).negate());
        return e.mul(ONE_OVER_SQRT_PI).div(f);
    }

    /** exp(v) in double-double: v = k*ln2 + r, |r| <= ln2/2, then the Taylor series of exp(r). */
    static DoubleDouble exp(DoubleDouble v) {
        double k = Math.rint(v.hi() / LN2.hi());
        DoubleDouble r = v.sub(LN2.mul(k));
        // halve r eight times, then square the result back
        r = r.mul(1.0 / 256);
        DoubleDouble term = DoubleDouble.ONE;
        DoubleDouble sum = DoubleDouble.ONE;
        for (int n = 1; n < 20; n++) {
            term = term.mul(r).div(DoubleDouble.of(n));
            sum = sum.add(term);
        }
        for (int i = 0; i < 8; i++) {
            sum = sum.mul(sum);
        }
        return new DoubleDouble(Math.scalb(sum.hi(), (int) k), Math.scalb(sum.lo(), (int) k));
    }
}
