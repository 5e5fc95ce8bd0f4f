package pygil.runtime.ops;

import java.math.BigInteger;

import pygil.runtime.num.ComplexMath;
import pygil.runtime.num.FloatMath;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyComplex;
import pygil.runtime.object.PyValueSub;

/**
 * The number slots of {@code complex} (Equivalent of {@code complex_add}, ...,
 * {@code complex_richcompare} with their {@code TO_COMPLEX} conversion): an int, bool, float
 * or complex operand (or an instance of a subclass of one) is converted; anything else gives
 * NotImplemented. The arithmetic itself is {@link ComplexMath}.
 */
public final class ComplexOps {
    private ComplexOps() {}

    /**
     * {@code {real, imag}} of an operand the complex slots accept, or null (Equivalent of
     * {@code TO_COMPLEX}); OverflowError "int too large to convert to float" for a huge int.
     */
    public static double[] toComplex(Object o) {
        o = PyValueSub.unwrap(o);
        if (o instanceof PyComplex c) {
            return new double[] {c.real, c.imag};
        }
        if (o instanceof Double d) {
            return new double[] {d, 0.0};
        }
        if (o instanceof Long || o instanceof BigInteger || o instanceof Boolean) {
            return new double[] {IntMath.toDouble(o), 0.0};
        }
        return null;
    }

    /** {@code a <op> b} where at least one operand is a complex; NotImplemented when the other is not a number. */
    public static Object binary(Object a, Object b, BinaryOp op) {
        double[] x = toComplex(a);
        double[] y = toComplex(b);
        if (x == null || y == null) {
            return PNotImplemented.INSTANCE;
        }
        double[] r;
        switch (op) {
            case ADD:
                return new PyComplex(x[0] + y[0], x[1] + y[1]);
            case SUB:
                return new PyComplex(x[0] - y[0], x[1] - y[1]);
            case MUL:
                r = ComplexMath.mul(x[0], x[1], y[0], y[1]);
                break;
            case TRUEDIV:
                r = ComplexMath.div(x[0], x[1], y[0], y[1]);
                break;
            case POW:
                r = ComplexMath.pow(x[0], x[1], y[0], y[1]);
                break;
            default:
                return PNotImplemented.INSTANCE;
        }
        return new PyComplex(r[0], r[1]);
    }

    /** {@code float ** float} when the result is complex (a negative base, a fractional exponent). */
    public static PyComplex floatPow(double base, double exp) {
        double[] r = ComplexMath.pow(base, 0.0, exp, 0.0);
        return new PyComplex(r[0], r[1]);
    }

    /** True when {@link #floatPow} must be used for {@code base ** exp}. */
    static boolean powNeedsComplex(double base, double exp) {
        return FloatMath.powNeedsComplex(base, exp);
    }

    /**
     * {@code a <op> b} where {@code a} or {@code b} is a complex (Equivalent of
     * {@code complex_richcompare}): only {@code ==} and {@code !=}, an int compared exactly with
     * the real part; NotImplemented otherwise.
     */
    public static Object compare(Object a, Object b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PNotImplemented.INSTANCE;
        }
        Object ua = PyValueSub.unwrap(a);
        Object ub = PyValueSub.unwrap(b);
        PyComplex c = ua instanceof PyComplex x ? x : (PyComplex) ub;
        Object other = c == ua ? ub : ua;
        boolean equal;
        if (other instanceof PyComplex d) {
            equal = c.real == d.real && c.imag == d.imag;
        } else if (other instanceof Double d) {
            equal = c.real == d && c.imag == 0.0;
        } else if (Numbers.isInt(other)) {
            equal = c.imag == 0.0 && FloatMath.equalsInt(c.real, other);
        } else {
            return PNotImplemented.INSTANCE;
        }
        return op == CompareOp.EQ ? equal : !equal;
    }

    /** The unary operators of complex; NotImplemented for other dunders. */
    public static Object unary(PyComplex c, String dunder) {
        switch (dunder) {
            case "__neg__":
                return new PyComplex(-c.real, -c.imag);
            case "__pos__":
                return c.getType() == pygil.runtime.builtins.BuiltinTypes.COMPLEX ? c : new PyComplex(c.real, c.imag);
            case "__abs__":
                return ComplexMath.abs(c.real, c.imag);
            default:
                return PNotImplemented.INSTANCE;
        }
    }
}
