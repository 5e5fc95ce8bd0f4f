package pygil.runtime.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.num.FloatMath;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyByteArray;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/**
 * Binary and unary operators (Equivalent of {@code PyNumber_Add} & co., {@code binary_op1},
 * {@code binary_iop1}, {@code PyNumber_Negative}, ...).
 *
 * <p>Dispatch follows CPython: if the right operand's type is a proper subclass of the left's
 * and overrides the reflected method, {@code b.__radd__(a)} goes first; then
 * {@code a.__add__(b)}; then {@code b.__radd__(a)}; a NotImplemented result moves on. The
 * builtin types' behaviour is {@link BuiltinOps#binary}, which their dunders call too. After
 * the dunders, sequence concatenation/repetition give CPython's specific messages ("can only
 * concatenate str (not "int") to str", "can't multiply sequence by non-int of type 'float'").
 */
public final class Binary {
    private Binary() {}

    /** {@code a <op> b}. */
    public static Object op(Object a, Object b, BinaryOp op) {
        if (a instanceof Long x && b instanceof Long y) {
            Object r = longOp(x, y, op);
            if (r != null) {
                return r;
            }
        }
        if (a instanceof Double x && b instanceof Double y) {
            switch (op) {
                case ADD:
                    return x + y;
                case SUB:
                    return x - y;
                case MUL:
                    return x * y;
                default:
                    break;
            }
        }
        if (op == BinaryOp.ADD && a instanceof String x && b instanceof String y) {
            return x.concat(y);
        }
        return opSlow(a, b, op);
    }

    /** The long fast path, or null to take the general path. */
    private static Object longOp(long x, long y, BinaryOp op) {
        switch (op) {
            case ADD: {
                long r = x + y;
                if (((x ^ r) & (y ^ r)) < 0) {
                    return null;
                }
                return r;
            }
            case SUB: {
                long r = x - y;
                if (((x ^ y) & (x ^ r)) < 0) {
                    return null;
                }
                return r;
            }
            case MUL: {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
                return null;
            }
            case FLOORDIV:
                return y == 0 || (x == Long.MIN_VALUE && y == -1) ? null : Math.floorDiv(x, y);
            case MOD:
                return y == 0 ? null : Math.floorMod(x, y);
            case AND:
                return x & y;
            case OR:
                return x | y;
            case XOR:
                return x ^ y;
            default:
                return null;
        }
    }

    @TruffleBoundary
    private static Object opSlow(Object a, Object b, BinaryOp op) {
        Object r = binaryOp1(a, b, op);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        throw unsupported(a, b, op, op.symbol);
    }

    /** Equivalent of {@code binary_op1}: NotImplemented if neither operand handles it. */
    @TruffleBoundary
    public static Object binaryOp1(Object a, Object b, BinaryOp op) {
        PyType ta = BuiltinTypes.typeOf(a);
        PyType tb = BuiltinTypes.typeOf(b);
        if (ta.isBuiltin() && tb.isBuiltin()) {
            Object r = BuiltinOps.binary(a, b, op);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
            if (ta != tb) {
                r = BuiltinOps.binaryReflected(b, a, op);
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            return PNotImplemented.INSTANCE;
        }
        Object slotA = ta.lookup(op.dunder);
        Object slotB = ta == tb ? null : tb.lookup(op.reflected);
        if (slotB != null && tb.isSubtypeOf(ta) && slotB != ta.lookup(op.reflected)) {
            Object r = callSlot(slotB, b, tb, a, op, true);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
            slotB = null;
        }
        if (slotA != null) {
            Object r = callSlot(slotA, a, ta, b, op, false);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (slotB != null) {
            return callSlot(slotB, b, tb, a, op, true);
        }
        return PNotImplemented.INSTANCE;
    }

    /**
     * Calls an operator method found on a type. The builtin types' own methods are run as their
     * slots (returning NotImplemented on a type mismatch) rather than as the methods, which raise
     * like CPython's sq_concat does when called directly.
     */
    private static Object callSlot(Object slot, Object self, PyType type, Object other, BinaryOp op, boolean reflected) {
        if (slot instanceof pygil.runtime.object.PyBuiltinFunction f && f.owner != null && f.owner.isBuiltin()) {
            return reflected ? BuiltinOps.binaryReflected(self, other, op) : BuiltinOps.binary(self, other, op);
        }
        return Call.callUnbound(slot, self, type, new Object[] {other});
    }

    /** The TypeError for an operator no operand supports. */
    static RuntimeException unsupported(Object operandA, Object b, BinaryOp op, String symbol) {
        Object a = PyValueSub.unwrap(operandA);
        if (op == BinaryOp.ADD) {
            if (a instanceof String) {
                return PyErrors.typeError("can only concatenate str (not \"" + BuiltinTypes.typeName(b) + "\") to str");
            }
            if (a instanceof PyList) {
                return PyErrors.typeError("can only concatenate list (not \"" + BuiltinTypes.typeName(b) + "\") to list");
            }
            if (a instanceof PyTuple) {
                return PyErrors.typeError("can only concatenate tuple (not \"" + BuiltinTypes.typeName(b) + "\") to tuple");
            }
            if (a instanceof PyBytes) {
                return PyErrors.typeError("can't concat " + BuiltinTypes.typeName(b) + " to bytes");
            }
            if (a instanceof PyByteArray) {
                return PyErrors.typeError("can't concat " + BuiltinTypes.typeName(b) + " to bytearray");
            }
        }
        if (op == BinaryOp.MUL) {
            if (isSequence(a) && !Numbers.hasIndex(b)) {
                return PyErrors.typeError("can't multiply sequence by non-int of type '" + BuiltinTypes.typeName(b) + "'");
            }
            if (isSequence(b) && !Numbers.hasIndex(a)) {
                return PyErrors.typeError("can't multiply sequence by non-int of type '" + BuiltinTypes.typeName(a) + "'");
            }
        }
        String sym = op == BinaryOp.POW ? symbol + " or pow()" : symbol;
        return PyErrors.typeError("unsupported operand type(s) for " + sym + ": '" + BuiltinTypes.typeName(operandA) + "' and '" + BuiltinTypes.typeName(b) + "'");
    }

    private static boolean isSequence(Object o) {
        o = PyValueSub.unwrap(o);
        return o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyBytes || o instanceof PyByteArray;
    }

    /**
     * {@code a <op>= b} (Equivalent of {@code binary_iop1}): {@code __iadd__} first (list
     * {@code +=} extends in place), then the binary operator.
     */
    @TruffleBoundary
    public static Object inplaceOp(Object a, Object b, BinaryOp op) {
        if (a instanceof Long && b instanceof Long) {
            return op(a, b, op);
        }
        PyType ta = BuiltinTypes.typeOf(a);
        if (ta.isBuiltin()) {
            Object r = BuiltinOps.inplace(a, b, op);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        } else {
            Object m = ta.lookup(op.inplace);
            if (m != null) {
                Object r = Call.callUnbound(m, a, ta, new Object[] {b});
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        Object r = binaryOp1(a, b, op);
        if (r != PNotImplemented.INSTANCE) {
            return r;
        }
        throw unsupported(a, b, op, op.inplaceSymbol);
    }

    /** {@code pow(base, exp, mod)}; see {@link TernaryPow#pow}. */
    @TruffleBoundary
    public static Object pow3(Object base, Object exp, Object mod) {
        return TernaryPow.pow(base, exp, mod);
    }

    // ---- unary -------------------------------------------------------------------------------

    /** {@code -a}. */
    public static Object neg(Object a) {
        if (a instanceof Long l) {
            return IntMath.negExact(l);
        }
        if (a instanceof Double d) {
            return -d;
        }
        return unary(a, "__neg__", "unary -");
    }

    /** {@code +a}. */
    public static Object pos(Object a) {
        if (a instanceof Long || a instanceof Double || a instanceof BigInteger) {
            return a;
        }
        return unary(a, "__pos__", "unary +");
    }

    /** {@code ~a}. */
    public static Object invert(Object a) {
        if (a instanceof Long l) {
            return ~l;
        }
        return unary(a, "__invert__", "unary ~");
    }

    /** {@code abs(a)}. */
    public static Object abs(Object a) {
        if (a instanceof Long l) {
            return l == Long.MIN_VALUE ? IntMath.abs(l) : (Object) Math.abs(l);
        }
        if (a instanceof Double d) {
            return Math.abs(d);
        }
        return unary(a, "__abs__", "abs()");
    }

    @TruffleBoundary
    private static Object unary(Object a, String dunder, String what) {
        PyType t = BuiltinTypes.typeOf(a);
        if (t.isBuiltin()) {
            Object r = BuiltinOps.unary(a, dunder);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object m = t.lookup(dunder);
        if (m == null) {
            throw PyErrors.typeError("bad operand type for " + what + ": '" + t.getName() + "'");
        }
        return Call.callUnbound(m, a, t, new Object[0]);
    }

    /** {@code divmod(a, b)}. */
    @TruffleBoundary
    public static Object divmod(Object a, Object b) {
        if (Numbers.isInt(a) && Numbers.isInt(b)) {
            return PyTuple.of(IntMath.divmod(a, b));
        }
        if ((a instanceof Double || Numbers.isInt(a)) && (b instanceof Double || Numbers.isInt(b))) {
            double[] r = FloatMath.divmod(Numbers.asDouble(a), Numbers.asDouble(b));
            return PyTuple.of(r[0], r[1]);
        }
        PyType ta = BuiltinTypes.typeOf(a);
        PyType tb = BuiltinTypes.typeOf(b);
        Object m = ta.lookup("__divmod__");
        if (m != null && !ta.isBuiltin()) {
            Object r = Call.callUnbound(m, a, ta, new Object[] {b});
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        Object rm = tb.lookup("__rdivmod__");
        if (rm != null && !tb.isBuiltin()) {
            Object r = Call.callUnbound(rm, b, tb, new Object[] {a});
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        throw PyErrors.typeError("unsupported operand type(s) for divmod(): '" + ta.getName() + "' and '" + tb.getName() + "'");
    }
}
