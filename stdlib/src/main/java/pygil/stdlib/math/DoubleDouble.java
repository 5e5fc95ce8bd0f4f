package pygil.stdlib.math;

/**
 * A double-double number: the unevaluated sum {@code hi + lo} with {@code |lo| <= ulp(hi)/2},
 * about 106 bits of precision. Used where CPython's C library returns correctly rounded results
 * that a plain double computation would miss by an ulp ({@link Arctangent}). The operations use
 * the classic error-free transformations (two-sum, fma-based two-product).
 */
record DoubleDouble(double hi, double lo) {
    static final DoubleDouble ZERO = new DoubleDouble(0.0, 0.0);
    static final DoubleDouble ONE = new DoubleDouble(1.0, 0.0);
    /** pi, and pi/2, to double-double precision. */
    static final DoubleDouble PI = new DoubleDouble(3.141592653589793, 1.2246467991473532e-16);
    static final DoubleDouble HALF_PI = new DoubleDouble(1.5707963267948966, 6.123233995736766e-17);

    static DoubleDouble of(double x) {
        return new DoubleDouble(x, 0.0);
    }

    /** The exact sum of two doubles. */
    static DoubleDouble twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new DoubleDouble(s, (a - (s - bb)) + (b - bb));
    }

    /** The exact product of two doubles. */
    static DoubleDouble twoProduct(double a, double b) {
        double p = a * b;
        return new DoubleDouble(p, Math.fma(a, b, -p));
    }

    private static DoubleDouble normalize(double hi, double lo) {
        double s = hi + lo;
        return new DoubleDouble(s, lo - (s - hi));
    }

    DoubleDouble add(DoubleDouble o) {
        DoubleDouble s = twoSum(hi, o.hi);
        DoubleDouble t = twoSum(lo, o.lo);
        double lo1 = s.lo + t.hi;
        DoubleDouble u = normalize(s.hi, lo1);
        return normalize(u.hi, u.lo + t.lo);
    }

    DoubleDouble negate() {
        return new DoubleDouble(-hi, -lo);
    }

    DoubleDouble sub(DoubleDouble o) {
        return add(o.negate());
    }

    DoubleDouble mul(DoubleDouble o) {
        DoubleDouble p = twoProduct(hi, o.hi);
        return normalize(p.hi, p.lo + (hi * o.lo + lo * o.hi));
    }

    DoubleDouble mul(double d) {
        DoubleDouble p = twoProduct(hi, d);
        return normalize(p.hi, p.lo + lo * d);
    }

    DoubleDouble div(DoubleDouble o) {
        double q1 = hi / o.hi;
        DoubleDouble r = sub(o.mul(q1));
        double q2 = r.hi / o.hi;
        r = r.sub(o.mul(q2));
        double q3 = r.hi / o.hi;
        return normalize(q1, q2).add(of(q3));
    }

    DoubleDouble sqrt() {
        if (hi <= 0.0) {
            return ZERO;
        }
        double s = Math.sqrt(hi);
        // one Newton step: s + (x - s*s) / (2s)
        DoubleDouble r = sub(twoProduct(s, s));
        return normalize(s, r.hi / (2.0 * s));
    }

    /** The nearest double. */
    double value() {
        return hi + lo;
    }
}
