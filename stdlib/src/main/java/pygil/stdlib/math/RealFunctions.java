package pygil.stdlib.math;

import static pygil.stdlib.math.MathErrors.math1;
import static pygil.stdlib.math.MathErrors.real;

import pygil.runtime.object.PyModule;
import pygil.stdlib.support.Defs;

/**
 * The elementary real functions of {@code math}: {@code sqrt}, {@code cbrt}, {@code exp},
 * {@code exp2}, {@code expm1}, the trigonometric and hyperbolic functions and their inverses,
 * {@code atan2}, {@code pow}, {@code degrees} and {@code radians} (Equivalent of the
 * {@code FUNC1}/{@code FUNC2} definitions, {@code m_atan2} and {@code math_pow_impl} of
 * {@code mathmodule.c}). Which Java function computes each is chosen in {@link Libm}.
 */
final class RealFunctions {
    private RealFunctions() {}

    static void install(PyModule m) {
        def1(m, "sqrt", Math::sqrt, false);
        def1(m, "cbrt", StrictMath::cbrt, false);
        def1(m, "exp", Math::exp, true);
        def1(m, "exp2", x -> Math.pow(2.0, x), true);
        def1(m, "expm1", StrictMath::expm1, true);
        def1(m, "sin", Math::sin, false);
        def1(m, "cos", Math::cos, false);
        def1(m, "tan", Math::tan, false);
        def1(m, "asin", Arctangent::asin, false);
        def1(m, "acos", Arctangent::acos, false);
        def1(m, "atan", Arctangent::atan, false);
        def1(m, "sinh", Libm::sinh, true);
        def1(m, "cosh", Libm::cosh, true);
        def1(m, "tanh", StrictMath::tanh, false);
        def1(m, "asinh", InverseHyperbolic::asinh, false);
        def1(m, "acosh", InverseHyperbolic::acosh, false);
        def1(m, "atanh", InverseHyperbolic::atanh, false);
        Defs.one(m, "degrees", x -> real(x) * (180.0 / Math.PI));
        Defs.one(m, "radians", x -> real(x) * (Math.PI / 180.0));
        Defs.unpack(m, "atan2", 2, 2, a -> MathErrors.math2(a[0], a[1], RealFunctions::atan2, false));
        Defs.unpack(m, "pow", 2, 2, a -> pow(real(a[0]), real(a[1])));
    }

    private static void def1(PyModule m, String name, MathErrors.F1 f, boolean canOverflow) {
        Defs.one(m, name, x -> math1(x, f, canOverflow));
    }

    /** Equivalent of {@code m_atan2}: the C99 special values, then libm's atan2. */
    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                return Math.copySign(x > 0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
        }
        return Arctangent.atan2(y, x);
    }

    /**
     * {@code math.pow(x, y)} (Equivalent of {@code math_pow_impl}): IEEE special cases handled
     * directly; for finite arguments a NaN result is a domain error, an infinite one a domain
     * error for {@code 0 ** negative} and a range error otherwise.
     */
    static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            }
            if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            }
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                }
                if (y == 0.0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            // y is infinite, x finite
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return 1.0;
            }
            if (y > 0.0 && ax > 1.0) {
                return y;
            }
            if (y < 0.0 && ax < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw MathErrors.domain();
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? MathErrors.domain() : MathErrors.range();
        }
        return r;
    }
}
