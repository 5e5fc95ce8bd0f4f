package pygil.stdlib.math;

/**
 * {@code atan}, {@code atan2}, {@code asin} and {@code acos} computed in double-double and then
 * rounded once, so that they are correctly rounded (but for astronomically rare cases) like the
 * C library CPython uses on Linux (glibc's are correctly rounded; Java's fdlibm versions differ
 * by an ulp for a few percent of arguments). The arctangent of {@code a} in [0, 1] is
 * {@code atan(c) + atan((a - c) / (1 + a*c))} with {@code c = k/64} from a table, and a short
 * series for the small remainder.
 */
final class Arctangent {
    private Arctangent() {}

    private static final int STEPS = 64;
    /** atan(k / 64) for k = 0..64, in double-double. */
    private static final DoubleDouble[] TABLE = new DoubleDouble[STEPS + 1];

    static {
        for (int k = 0; k <= STEPS; k++) {
            TABLE[k] = atanByHalving(DoubleDouble.of(k / (double) STEPS));
        }
    }

    /** atan(c) for the table: halve the angle three times, then the full series. */
    private static DoubleDouble atanByHalving(DoubleDouble c) {
        // atan(c) = 2 * atan(c / (1 + sqrt(1 + c^2)))
        int doublings = 0;
        while (c.hi() > 0.1) {
            DoubleDouble root = DoubleDouble.ONE.add(c.mul(c)).sqrt();
            c = c.div(DoubleDouble.ONE.add(root));
            doublings++;
        }
        DoubleDouble c2 = c.mul(c);
        DoubleDouble sum = DoubleDouble.ZERO;
        for (int n = 30; n >= 0; n--) {
            DoubleDouble term = DoubleDouble.ONE.div(DoubleDouble.of(2 * n + 1));
            sum = (n % 2 == 0 ? term : term.negate()).add(c2.mul(sum));
        }
        return c.mul(sum).mul(Math.scalb(1.0, doublings));
    }

    /** atan(a) for a non-negative double-double {@code a}. */
    private static DoubleDouble atanPositive(DoubleDouble a) {
        if (a.hi() > 1.0) {
            return DoubleDouble.HALF_PI.sub(atanPositive(DoubleDouble.ONE.div(a)));
        }
        int k = (int) Math.rint(a.hi() * STEPS);
        double c = k / (double) STEPS;
        DoubleDouble t = k == 0 ? a : a.sub(DoubleDouble.of(c)).div(DoubleDouble.ONE.add(a.mul(c)));
        // atan(t) = t * (1 - u/3 + u^2/5 - ...), u = t^2 <= 1/128^2: the first correction in
        // double-double, the rest in double
        DoubleDouble u = t.mul(t);
        double uh = u.hi();
        double rest = 0.0;
        for (int n = 9; n >= 2; n--) {
            rest = (n % 2 == 0 ? 1.0 : -1.0) / (2 * n + 1) + uh * rest;
        }
        DoubleDouble poly = DoubleDouble.ONE.sub(u.div(DoubleDouble.of(3.0))).add(DoubleDouble.of(uh * uh * rest));
        DoubleDouble r = t.mul(poly);
        return k == 0 ? r : TABLE[k].add(r);
    }

    static double atan(double x) {
        if (Double.isNaN(x) || x == 0.0) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(DoubleDouble.HALF_PI.hi(), x);
        }
        double a = Math.abs(x);
        if (a < 0x1p-27) {
            return x; // atan(x) = x - x^3/3: the correction is below half an ulp
        }
        return Math.copySign(atanPositive(DoubleDouble.of(a)).value(), x);
    }

    /** atan2(y, x) for finite, non-zero y and x (the special cases are the caller's). */
    static double atan2(double y, double x) {
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        // scale so that the quotient cannot overflow or underflow prematurely
        int shift = -Math.max(Math.getExponent(ax), Double.MIN_EXPONENT);
        double sy = Math.scalb(ay, shift);
        double sx = Math.scalb(ax, shift);
        DoubleDouble r;
        if (Math.getExponent(ay) - Math.getExponent(ax) > 60) {
            r = DoubleDouble.HALF_PI.sub(DoubleDouble.of(ax / ay));
        } else if (Math.getExponent(ay) - Math.getExponent(ax) < -60) {
            if (x > 0) {
                return Math.copySign(ay / ax, y);
            }
            r = DoubleDouble.of(ay / ax);
        } else {
            r = atanPositive(DoubleDouble.of(sy).div(DoubleDouble.of(sx)));
        }
        if (x < 0) {
            r = DoubleDouble.PI.sub(r);
        }
        return Math.copySign(r.value(), y);
    }

    static double asin(double x) {
        if (Double.isNaN(x) || x == 0.0) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1.0) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return Math.copySign(DoubleDouble.HALF_PI.hi(), x);
        }
        if (a < 0x1p-27) {
            return x;
        }
        // asin(a) = atan(a / sqrt(1 - a^2)), with 1 - a^2 = (1 - a)(1 + a) exactly in double-double
        DoubleDouble oneMinus = DoubleDouble.twoSum(1.0, -a);
        DoubleDouble onePlus = DoubleDouble.twoSum(1.0, a);
        DoubleDouble root = oneMinus.mul(onePlus).sqrt();
        return Math.copySign(atanPositive(DoubleDouble.of(a).div(root)).value(), x);
    }

    static double acos(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) > 1.0) {
            return Double.NaN;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x == -1.0) {
            return DoubleDouble.PI.hi();
        }
        // acos(x) = 2 * atan(sqrt((1 - x) / (1 + x)))
        DoubleDouble q = DoubleDouble.twoSum(1.0, -x).div(DoubleDouble.twoSum(1.0, x)).sqrt();
        return atanPositive(q).mul(2.0).value();
    }
}
