package pygil.stdlib.math;

import static pygil.stdlib.math.MathErrors.real;

import java.math.BigInteger;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.ArgParser;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.num.FloatMath;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.stdlib.support.Defs;

/**
 * The functions of {@code math} that take floats apart or compare them: {@code floor},
 * {@code ceil}, {@code trunc}, {@code fabs}, {@code copysign}, {@code fmod}, {@code remainder},
 * {@code modf}, {@code frexp}, {@code ldexp}, {@code isfinite}, {@code isinf}, {@code isnan},
 * {@code isclose}, {@code nextafter} and {@code ulp} (Equivalent of their
 * {@code math_*_impl} functions in {@code mathmodule.c}).
 */
final class FloatFunctions {
    private FloatFunctions() {}

    static void install(PyModule m) {
        Defs.one(m, "floor", x -> rounding(x, "__floor__", true));
        Defs.one(m, "ceil", x -> rounding(x, "__ceil__", false));
        Defs.one(m, "trunc", FloatFunctions::trunc);
        Defs.one(m, "fabs", x -> Math.abs(real(x)));
        Defs.one(m, "isfinite", x -> Double.isFinite(real(x)));
        Defs.one(m, "isinf", x -> Double.isInfinite(real(x)));
        Defs.one(m, "isnan", x -> Double.isNaN(real(x)));
        Defs.one(m, "modf", x -> modf(real(x)));
        Defs.one(m, "frexp", x -> frexp(real(x)));
        Defs.one(m, "ulp", x -> ulp(real(x)));
        Defs.unpack(m, "copysign", 2, 2, a -> MathErrors.math2(a[0], a[1], Math::copySign, false));
        Defs.unpack(m, "remainder", 2, 2, a -> MathErrors.math2(a[0], a[1], Math::IEEEremainder, false));
        Defs.unpack(m, "nextafter", 2, 2, a -> Math.nextAfter(real(a[0]), real(a[1])));
        Defs.unpack(m, "fmod", 2, 2, a -> fmod(real(a[0]), real(a[1])));
        Defs.unpack(m, "ldexp", 2, 2, a -> ldexp(real(a[0]), a[1]));
        Defs.raw(m, "isclose", FloatFunctions::isclose);
    }

    /**
     * {@code math.floor}/{@code math.ceil}: a float is rounded to an int; any other object's
     * {@code __floor__}/{@code __ceil__} is called (ints return themselves); else its float
     * value is rounded.
     */
    private static Object rounding(Object x, String dunder, boolean floor) {
        if (!(x instanceof Double)) {
            PyType t = BuiltinTypes.typeOf(x);
            Object method = t.lookup(dunder);
            if (method != null) {
                return Call.callUnbound(method, x, t, new Object[0]);
            }
        }
        double d = real(x);
        return floor ? FloatMath.floor(d) : FloatMath.ceil(d);
    }

    /** {@code math.trunc}: {@code __trunc__} only, "type str doesn't define __trunc__ method". */
    private static Object trunc(Object x) {
        if (x instanceof Double d) {
            return FloatMath.trunc(d);
        }
        PyType t = BuiltinTypes.typeOf(x);
        Object method = t.lookup("__trunc__");
        if (method == null) {
            throw PyErrors.typeError("type " + t.getName() + " doesn't define __trunc__ method");
        }
        return Call.callUnbound(method, x, t, new Object[0]);
    }

    /** {@code math.modf}: (fractional part, integral part), both with the sign of x. */
    static PyTuple modf(double x) {
        if (Double.isInfinite(x)) {
            return PyTuple.of(Math.copySign(0.0, x), x);
        }
        if (Double.isNaN(x)) {
            return PyTuple.of(x, x);
        }
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        return PyTuple.of(Math.copySign(x - ip, x), ip);
    }

    /** {@code math.frexp}: (m, e) with 0.5 <= |m| < 1 and {@code x == m * 2**e}. */
    static PyTuple frexp(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return PyTuple.of(x, 0L);
        }
        int bias = 0;
        if (Math.abs(x) < Double.MIN_NORMAL) {
            x *= 0x1p54;
            bias = -54;
        }
        int e = Math.getExponent(x) + 1;
        return PyTuple.of(Math.scalb(x, -e), (long) (e + bias));
    }

    /** {@code math.ldexp(x, i)}: {@code x * 2**i}; the exponent must be an int. */
    static double ldexp(double x, Object i) {
        if (!(i instanceof Long || i instanceof Boolean || i instanceof BigInteger)) {
            throw PyErrors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0.0 || !Double.isFinite(x)) {
            return x;
        }
        long exp;
        if (i instanceof BigInteger b) {
            exp = b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            exp = i instanceof Boolean b ? (b ? 1 : 0) : (Long) i;
        }
        if (exp > Integer.MAX_VALUE) {
            throw MathErrors.range();
        }
        if (exp < Integer.MIN_VALUE) {
            return Math.copySign(0.0, x);
        }
        double r = Math.scalb(x, (int) exp);
        if (Double.isInfinite(r)) {
            throw MathErrors.range();
        }
        return r;
    }

    /** {@code math.fmod}: C's fmod; x for an infinite y; a domain error for NaN results. */
    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) {
            return x;
        }
        double r = x % y;
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw MathErrors.domain();
        }
        return r;
    }

    /** {@code math.ulp}: the distance from |x| to the next larger float. */
    static double ulp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        x = Math.abs(x);
        if (Double.isInfinite(x)) {
            return x;
        }
        double up = Math.nextUp(x);
        if (Double.isInfinite(up)) {
            return x - Math.nextDown(x);
        }
        return up - x;
    }

    private static final String[] ISCLOSE_PARAMS = {"a", "b", "rel_tol", "abs_tol"};

    /** {@code math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)}. */
    private static Object isclose(Object[] args, String[] kw) {
        int npos = ArgParser.positionalCount(args, kw);
        if (npos > 2) {
            throw PyErrors.typeError("isclose() takes exactly 2 positional arguments (" + npos + " given)");
        }
        Object[] p = ArgParser.parse("isclose", args, kw, ISCLOSE_PARAMS, 0, 2, 2);
        double a = real(p[0]);
        double b = real(p[1]);
        double relTol = p[2] == null ? 1e-09 : real(p[2]);
        double absTol = p[3] == null ? 0.0 : real(p[3]);
        if (relTol < 0.0 || absTol < 0.0) {
            throw PyErrors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol;
    }
}
