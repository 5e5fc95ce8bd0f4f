package pygil.stdlib.math;

import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.ops.Numbers;

/**
 * Argument conversion and result checks shared by the float functions of {@code math}
 * (Equivalent of {@code math_1}, {@code math_2} and {@code is_error} in {@code mathmodule.c}):
 * a NaN from a non-NaN argument is ValueError "math domain error"; an infinity from finite
 * arguments is OverflowError "math range error" when the function can overflow, else the
 * domain error (a singularity such as {@code log(0)}).
 */
final class MathErrors {
    private MathErrors() {}

    /** A one-argument float function of libm. */
    @FunctionalInterface
    interface F1 {
        double apply(double x);
    }

    /** A two-argument float function of libm. */
    @FunctionalInterface
    interface F2 {
        double apply(double x, double y);
    }

    static PyException domain() {
        return PyErrors.valueError("math domain error");
    }

    static PyException range() {
        return PyErrors.overflowError("math range error");
    }

    /** {@code PyFloat_AsDouble} for a math argument: "must be real number, not str". */
    static double real(Object x) {
        return Numbers.asDouble(x);
    }

    /** Equivalent of {@code math_1}: {@code f(float(arg))} with its error checks. */
    static double math1(Object arg, F1 f, boolean canOverflow) {
        double x = real(arg);
        return check1(x, f.apply(x), canOverflow);
    }

    /** The checks of {@code math_1} on {@code r = f(x)}. */
    static double check1(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? range() : domain();
        }
        return r;
    }

    /** Equivalent of {@code math_2}: {@code f(float(a), float(b))} with its error checks. */
    static double math2(Object a, Object b, F2 f, boolean canOverflow) {
        double x = real(a);
        double y = real(b);
        double r = f.apply(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw canOverflow ? range() : domain();
        }
        return r;
    }
}
