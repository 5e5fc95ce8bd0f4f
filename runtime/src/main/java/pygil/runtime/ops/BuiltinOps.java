package pygil.runtime.ops;

import java.math.BigInteger;
import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.SetOps;
import pygil.runtime.error.PyErrors;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.num.FloatMath;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.BytesLike;
import pygil.runtime.object.PyByteArray;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyComplex;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.text.PercentFormat;

/**
 * The number and sequence operators of the builtin types (Equivalent of their
 * {@code nb_*}/{@code sq_*} slots): NotImplemented when the operand types do not match. The
 * builtin types' dunders ({@code int.__add__}, {@code list.__mul__}, ...) call these.
 */
public final class BuiltinOps {
    private BuiltinOps() {}

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /**
     * {@code a <op> b} where {@code a} is of a builtin type (or an instance of a subclass of
     * one, which counts as its base value, as do int, float and str operands).
     */
    @TruffleBoundary
    public static Object binary(Object a, Object b, BinaryOp op) {
        a = PyValueSub.unwrap(a);
        Object bv = PyValueSub.unwrap(b);
        if (isNumber(a)) {
            if (isNumber(bv)) {
                return numeric(a, bv, op);
            }
            return bv instanceof PyComplex ? ComplexOps.binary(a, bv, op) : PNotImplemented.INSTANCE;
        }
        if (a instanceof PyComplex) {
            return ComplexOps.binary(a, bv, op);
        }
        if (a instanceof String s) {
            switch (op) {
                case ADD:
                    return bv instanceof String t ? s.concat(t) : PNotImplemented.INSTANCE;
                case MUL:
                    return Numbers.hasIndex(b) ? repeat(s, Numbers.asIndex(b)) : PNotImplemented.INSTANCE;
                case MOD:
                    return PercentFormat.format(s, b, PercentHost.INSTANCE);
                default:
                    return PNotImplemented.INSTANCE;
            }
        }
        if (a instanceof PyList l) {
            if (op == BinaryOp.ADD && b instanceof PyList m) {
                if (FreeThreading.enabled()) {
                    Object[] x = l.toArray();
                    Object[] y = m.toArray();
                    Object[] items = Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, items, x.length, y.length);
                    return new PyList(items, items.length);
                }
                Object[] items = new Object[l.size + m.size];
                System.arraycopy(l.items, 0, items, 0, l.size);
                System.arraycopy(m.items, 0, items, l.size, m.size);
                return new PyList(items, items.length);
            }
            if (op == BinaryOp.MUL && Numbers.hasIndex(b)) {
                long times = Numbers.asIndex(b);
                Object[] src = FreeThreading.enabled() ? l.toArray() : l.items;
                int n = FreeThreading.enabled() ? src.length : l.size;
                Object[] r = SequenceOps.repeat(src, n, times);
                return new PyList(r, r.length);
            }
            return PNotImplemented.INSTANCE;
        }
        if (a instanceof PyTuple t) {
            if (op == BinaryOp.ADD && b instanceof PyTuple u) {
                if (u.size() == 0 && t.getType() == pygil.runtime.builtins.BuiltinTypes.TUPLE) {
                    return t;
                }
                Object[] items = new Object[t.size() + u.size()];
                System.arraycopy(t.items, 0, items, 0, t.size());
                System.arraycopy(u.items, 0, items, t.size(), u.size());
                return PyTuple.of(items);
            }
            if (op == BinaryOp.MUL && Numbers.hasIndex(b)) {
                long n = Numbers.asIndex(b);
                if (n == 1 && t.getType() == pygil.runtime.builtins.BuiltinTypes.TUPLE) {
                    return t;
                }
                return PyTuple.of(SequenceOps.repeat(t.items, t.size(), n));
            }
            return PNotImplemented.INSTANCE;
        }
        if (a instanceof PyBytes || a instanceof PyByteArray) {
            byte[] x = BytesLike.viewOrNull(a);
            byte[] r = null;
            if (op == BinaryOp.ADD && BytesLike.check(b)) {
                byte[] y = BytesLike.viewOrNull(b);
                r = new byte[x.length + y.length];
                System.arraycopy(x, 0, r, 0, x.length);
                System.arraycopy(y, 0, r, x.length, y.length);
            } else if (op == BinaryOp.MUL && Numbers.hasIndex(b)) {
                r = repeat(x, Numbers.asIndex(b));
            }
            if (r == null) {
                return PNotImplemented.INSTANCE;
            }
            return a instanceof PyBytes ? new PyBytes(r) : new PyByteArray(r);
        }
        if (a instanceof PyAbstractSet s) {
            return b instanceof PyAbstractSet t ? SetOps.binary(s, t, op) : PNotImplemented.INSTANCE;
        }
        if (a instanceof pygil.runtime.builtins.DictViews.View v && v.isSetLike() && isSetOp(op)) {
            return pygil.runtime.builtins.DictViews.setOp(a, b, op);
        }
        if (a instanceof PyDict d && op == BinaryOp.OR) {
            if (!(b instanceof PyDict e)) {
                return PNotImplemented.INSTANCE;
            }
            PyDict r = d.copy();
            r.update(e);
            return r;
        }
        return PNotImplemented.INSTANCE;
    }

    /** {@code self.__r<op>__(other)}, i.e. {@code other <op> self}, for a builtin {@code self}. */
    @TruffleBoundary
    public static Object binaryReflected(Object self, Object other, BinaryOp op) {
        Object sv = PyValueSub.unwrap(self);
        Object ov = PyValueSub.unwrap(other);
        if (isNumber(sv)) {
            return isNumber(ov) ? numeric(ov, sv, op) : PNotImplemented.INSTANCE;
        }
        if (sv instanceof PyComplex) {
            return ComplexOps.binary(ov, sv, op);
        }
        if (op == BinaryOp.MUL && (sv instanceof String || sv instanceof PyList || sv instanceof PyTuple || sv instanceof PyBytes || sv instanceof PyByteArray) && Numbers.hasIndex(other)) {
            return binary(sv, other, op);
        }
        if (self instanceof PyAbstractSet s && other instanceof PyAbstractSet o) {
            return SetOps.binary(o, s, op);
        }
        if (self instanceof pygil.runtime.builtins.DictViews.View v && v.isSetLike() && isSetOp(op)) {
            return pygil.runtime.builtins.DictViews.setOp(other, self, op);
        }
        return PNotImplemented.INSTANCE;
    }

    private static boolean isSetOp(BinaryOp op) {
        return op == BinaryOp.OR || op == BinaryOp.AND || op == BinaryOp.SUB || op == BinaryOp.XOR;
    }

    /** {@code a <op>= b} for a builtin mutable {@code a}; NotImplemented to fall back to the binary op. */
    @TruffleBoundary
    public static Object inplace(Object a, Object b, BinaryOp op) {
        if (a instanceof PyList l) {
            if (op == BinaryOp.ADD) {
                Object[] src = Iter.toArray(b);
                l.extend(src, src.length);
                return l;
            }
            if (op == BinaryOp.MUL && Numbers.hasIndex(b)) {
                long n = Numbers.asIndex(b);
                Object[] src = FreeThreading.enabled() ? l.toArray() : l.items;
                Object[] r = SequenceOps.repeat(src, FreeThreading.enabled() ? src.length : l.size, n);
                l.replaceRange(0, FreeThreading.enabled() ? src.length : l.size, r, r.length);
                return l;
            }
            return PNotImplemented.INSTANCE;
        }
        if (a instanceof pygil.runtime.object.PySet s && b instanceof PyAbstractSet t) {
            return SetOps.inplace(s, t, op);
        }
        if (a instanceof PyByteArray x) {
            if (op == BinaryOp.ADD && BytesLike.check(b)) {
                x.extend(BytesLike.copyOrNull(b));
                return x;
            }
            if (op == BinaryOp.MUL && Numbers.hasIndex(b)) {
                byte[] r = repeat(x.toByteArray(), Numbers.asIndex(b));
                x.replace(0, x.size(), r);
                return x;
            }
            return PNotImplemented.INSTANCE;
        }
        if (a instanceof PyDict d && op == BinaryOp.OR) {
            pygil.runtime.builtins.DictType.update(d, b);
            return d;
        }
        return PNotImplemented.INSTANCE;
    }

    /** Arithmetic on two numbers (int, bool or float). */
    @TruffleBoundary
    public static Object numeric(Object a, Object b, BinaryOp op) {
        if (a instanceof Double || b instanceof Double) {
            switch (op) {
                case LSHIFT:
                case RSHIFT:
                case AND:
                case OR:
                case XOR:
                case MATMUL:
                    return PNotImplemented.INSTANCE;
                default:
                    break;
            }
            double x = a instanceof Double d ? d : IntMath.toDouble(a);
            double y = b instanceof Double d ? d : IntMath.toDouble(b);
            if (op == BinaryOp.POW && ComplexOps.powNeedsComplex(x, y)) {
                return ComplexOps.floatPow(x, y);
            }
            switch (op) {
                case ADD:
                    return x + y;
                case SUB:
                    return x - y;
                case MUL:
                    return x * y;
                case TRUEDIV:
                    return FloatMath.trueDiv(x, y);
                case FLOORDIV:
                    return FloatMath.floorDiv(x, y);
                case MOD:
                    return FloatMath.mod(x, y);
                default:
                    return FloatMath.pow(x, y);
            }
        }
        switch (op) {
            case ADD:
                return IntMath.add(a, b);
            case SUB:
                return IntMath.sub(a, b);
            case MUL:
                return IntMath.mul(a, b);
            case TRUEDIV:
                return IntMath.trueDiv(a, b);
            case FLOORDIV:
                return IntMath.floorDiv(a, b);
            case MOD:
                return IntMath.mod(a, b);
            case POW:
                return IntMath.pow(a, b);
            case LSHIFT:
                return IntMath.lshift(a, b);
            case RSHIFT:
                return IntMath.rshift(a, b);
            case AND:
                return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x & y) : IntMath.and(a, b);
            case OR:
                return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x | y) : IntMath.or(a, b);
            case XOR:
                return a instanceof Boolean x && b instanceof Boolean y ? (Object) (x ^ y) : IntMath.xor(a, b);
            default:
                return PNotImplemented.INSTANCE;
        }
    }

    /** The unary operators of the builtin numbers; NotImplemented for other types. */
    @TruffleBoundary
    public static Object unary(Object a, String dunder) {
        a = PyValueSub.unwrap(a);
        if (a instanceof PyComplex c) {
            return ComplexOps.unary(c, dunder);
        }
        if (a instanceof Double d) {
            switch (dunder) {
                case "__neg__":
                    return -d;
                case "__pos__":
                    return d;
                case "__abs__":
                    return Math.abs(d);
                default:
                    return PNotImplemented.INSTANCE;
            }
        }
        if (!Numbers.isInt(a)) {
            return PNotImplemented.INSTANCE;
        }
        switch (dunder) {
            case "__neg__":
                return IntMath.neg(a);
            case "__pos__":
                return a instanceof Boolean b ? (Object) (b ? 1L : 0L) : a;
            case "__abs__":
                return IntMath.abs(a);
            case "__invert__":
                return IntMath.invert(a);
            default:
                return PNotImplemented.INSTANCE;
        }
    }

    /** {@code bytes * n}. */
    private static byte[] repeat(byte[] x, long n) {
        n = Math.max(0, n);
        if (x.length * n > Integer.MAX_VALUE - 8) {
            throw PyErrors.memoryError();
        }
        byte[] r = new byte[(int) (x.length * n)];
        for (int k = 0; k < n; k++) {
            System.arraycopy(x, 0, r, k * x.length, x.length);
        }
        return r;
    }

    private static String repeat(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if (s.length() * n > Integer.MAX_VALUE - 8) {
            throw PyErrors.overflowError("repeated string is too long");
        }
        return s.repeat((int) n);
    }

}
