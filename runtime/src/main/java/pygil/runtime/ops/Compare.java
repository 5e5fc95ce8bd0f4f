package pygil.runtime.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.num.FloatMath;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.BytesLike;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyComplex;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/**
 * Rich comparison (Equivalent of {@code PyObject_RichCompare}, {@code do_richcompare} and
 * {@code PyObject_RichCompareBool}) and membership ({@code PySequence_Contains}).
 *
 * <p>{@link #builtinCompare} implements the comparisons of the builtin types (numbers with exact
 * int/float mixing, str, bytes, list/tuple lexicographic, dict and set equality and set
 * inclusion); it returns NotImplemented for operand types it does not know, which is what the
 * builtin types' {@code __lt__}... methods return too. {@link #richCompare} then follows
 * CPython's dispatch: the reflected method of a right operand whose type is a proper subclass
 * that overrides it goes first, then the left operand's method, then the right operand's
 * reflected one; {@code ==}/{@code !=} fall back to identity.
 */
public final class Compare {
    private Compare() {}

    /** Equivalent of {@code PyObject_RichCompare}. */
    public static Object richCompare(Object a, Object b, CompareOp op) {
        if (a instanceof Long x && b instanceof Long y) {
            return op.test(Long.compare(x, y));
        }
        if (a instanceof String x && b instanceof String y) {
            return op == CompareOp.EQ ? x.equals(y) : op == CompareOp.NE ? !x.equals(y) : op.test(compareStrings(x, y));
        }
        return richCompareSlow(a, b, op);
    }

    @TruffleBoundary
    private static Object richCompareSlow(Object a, Object b, CompareOp op) {
        PyType ta = BuiltinTypes.typeOf(a);
        PyType tb = BuiltinTypes.typeOf(b);
        if (ta.isBuiltin() && tb.isBuiltin()) {
            Object r = builtinCompare(a, b, op);
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
            if (ta != tb) {
                r = builtinCompare(b, a, op.reflected());
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
            return fallback(a, b, op);
        }
        boolean checkedReverse = false;
        if (ta != tb && tb.isSubtypeOf(ta)) {
            Object rm = tb.lookup(op.reflected().dunder);
            if (rm != null && rm != ta.lookup(op.reflected().dunder)) {
                checkedReverse = true;
                Object r = Call.callUnbound(rm, b, tb, new Object[] {a});
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        Object m = ta.lookup(op.dunder);
        if (m != null) {
            Object r = Call.callUnbound(m, a, ta, new Object[] {b});
            if (r != PNotImplemented.INSTANCE) {
                return r;
            }
        }
        if (!checkedReverse) {
            Object rm = tb.lookup(op.reflected().dunder);
            if (rm != null) {
                Object r = Call.callUnbound(rm, b, tb, new Object[] {a});
                if (r != PNotImplemented.INSTANCE) {
                    return r;
                }
            }
        }
        return fallback(a, b, op);
    }

    private static Object fallback(Object a, Object b, CompareOp op) {
        switch (op) {
            case EQ:
                return identical(a, b);
            case NE:
                return !identical(a, b);
            default:
                throw PyErrors.typeError("'" + op.symbol + "' not supported between instances of '" + BuiltinTypes.typeName(a) + "' and '"
                                + BuiltinTypes.typeName(b) + "'");
        }
    }

    /** Python's {@code is} on our representation (values of immortal kinds compare by value). */
    public static boolean identical(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyObject || b instanceof PyObject || a == null || b == null) {
            return false;
        }
        return a.getClass() == b.getClass() && a.equals(b) && !(a instanceof Double);
    }

    /**
     * {@code type(a).__eq__(a, b)} without the reflected fallback (what CPython's
     * {@code object.__ne__} calls through {@code tp_richcompare}).
     */
    @TruffleBoundary
    public static Object richCompareSlotEq(Object a, Object b) {
        PyType t = BuiltinTypes.typeOf(a);
        if (t.isBuiltin()) {
            return builtinCompare(a, b, CompareOp.EQ);
        }
        Object m = t.lookup("__eq__");
        return m == null ? PNotImplemented.INSTANCE : Call.callUnbound(m, a, t, new Object[] {b});
    }

    /** Equivalent of {@code PyObject_RichCompareBool}: identity implies equality. */
    public static boolean richCompareBool(Object a, Object b, CompareOp op) {
        if (a == b) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        return Truth.isTrue(richCompare(a, b, op));
    }

    /** {@code a == b} as a boolean (identity implies equality). */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Long x && b instanceof Long y) {
            return x.longValue() == y.longValue();
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return Truth.isTrue(richCompare(a, b, CompareOp.EQ));
    }

    /** Code point order, which for UTF-16 differs from {@code String.compareTo} only around surrogates. */
    public static int compareStrings(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i);
            char d = y.charAt(i);
            if (c != d) {
                if (Character.isSurrogate(c) || Character.isSurrogate(d)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return c - d;
            }
        }
        return x.length() - y.length();
    }

    private static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInteger;
    }

    /**
     * The comparison of builtin values, or NotImplemented when {@code a}'s type does not know
     * {@code b}'s (Equivalent of the builtin types' {@code tp_richcompare}).
     */
    @TruffleBoundary
    public static Object builtinCompare(Object a, Object b, CompareOp op) {
        a = PyValueSub.unwrap(a);
        b = PyValueSub.unwrap(b);
        if (a instanceof PyComplex || (b instanceof PyComplex && isNumber(a))) {
            return ComplexOps.compare(a, b, op);
        }
        if (isNumber(a)) {
            if (!isNumber(b)) {
                return PNotImplemented.INSTANCE;
            }
            if (a instanceof Double x) {
                if (b instanceof Double y) {
                    return compareDoubles(x, y, op);
                }
                return compareFloatInt(x, b, op);
            }
            if (b instanceof Double y) {
                return compareFloatInt(y, a, op.reflected());
            }
            return op.test(IntMath.compare(a, b));
        }
        if (a instanceof String x) {
            if (!(b instanceof String y)) {
                return PNotImplemented.INSTANCE;
            }
            return op == CompareOp.EQ ? x.equals(y) : op == CompareOp.NE ? !x.equals(y) : op.test(compareStrings(x, y));
        }
        if (a instanceof PyList x) {
            if (!(b instanceof PyList y)) {
                return PNotImplemented.INSTANCE;
            }
            if (FreeThreading.enabled()) {
                Object[] xs = x.toArray();
                Object[] ys = y.toArray();
                return compareSequences(xs, xs.length, ys, ys.length, op);
            }
            return compareSequences(x.items, x.size, y.items, y.size, op);
        }
        if (a instanceof PyTuple x) {
            return b instanceof PyTuple y ? compareSequences(x.items, x.size(), y.items, y.size(), op) : PNotImplemented.INSTANCE;
        }
        if (a instanceof PyDict x) {
            if (!(b instanceof PyDict y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PNotImplemented.INSTANCE;
            }
            boolean e = dictsEqual(x, y);
            return op == CompareOp.EQ ? e : !e;
        }
        if (a instanceof PyAbstractSet x) {
            return b instanceof PyAbstractSet y ? compareSets(x, y, op) : PNotImplemented.INSTANCE;
        }
        if (a instanceof pygil.runtime.builtins.DictViews.View v && v.isSetLike()) {
            if (b instanceof pygil.runtime.builtins.DictViews.View w && w.isSetLike()) {
                return compareSets(v.toSet(), w.toSet(), op);
            }
            return b instanceof PyAbstractSet t ? compareSets(v.toSet(), t, op) : PNotImplemented.INSTANCE;
        }
        if (BytesLike.check(a)) {
            if (!BytesLike.check(b)) {
                return PNotImplemented.INSTANCE;
            }
            return op.test(BytesLike.compare(BytesLike.viewOrNull(a), BytesLike.viewOrNull(b)));
        }
        if (a instanceof PyRange x) {
            if (!(b instanceof PyRange y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PNotImplemented.INSTANCE;
            }
            boolean e = RangeOps.equal(x, y);
            return op == CompareOp.EQ ? e : !e;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            // object.__eq__: identity, else NotImplemented.
            if (a == b) {
                return op == CompareOp.EQ;
            }
        }
        return PNotImplemented.INSTANCE;
    }

    private static Object compareDoubles(double x, double y, CompareOp op) {
        switch (op) {
            case LT:
                return x < y;
            case LE:
                return x <= y;
            case EQ:
                return x == y;
            case NE:
                return x != y;
            case GT:
                return x > y;
            default:
                return x >= y;
        }
    }

    private static Object compareFloatInt(double x, Object i, CompareOp op) {
        int c = FloatMath.compareToInt(x, i);
        if (c == FloatMath.UNORDERED) {
            return op == CompareOp.NE;
        }
        return op.test(c);
    }

    /** Equivalent of {@code list_richcompare}/{@code tuplerichcompare}. */
    public static Object compareSequences(Object[] v, int vn, Object[] w, int wn, CompareOp op) {
        if (vn != wn && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return op == CompareOp.NE;
        }
        int i = 0;
        for (; i < vn && i < wn; i++) {
            if (!richCompareBool(v[i], w[i], CompareOp.EQ)) {
                break;
            }
        }
        if (i >= vn || i >= wn) {
            return op.test(Integer.compare(vn, wn));
        }
        if (op == CompareOp.EQ) {
            return false;
        }
        if (op == CompareOp.NE) {
            return true;
        }
        return richCompare(v[i], w[i], op);
    }

    /** Equivalent of {@code dict_equal}. */
    public static boolean dictsEqual(PyDict a, PyDict b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int e = a.nextEntry(0); e >= 0; e = a.nextEntry(e + 1)) {
            Object bv = b.getItem(a.keyAt(e));
            if (bv == null || !richCompareBool(a.valueAt(e), bv, CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }

    /** {@code a <= b} for sets: every element of a is in b. */
    public static boolean isSubset(PyAbstractSet a, PyAbstractSet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (int s = a.nextSlot(0); s >= 0; s = a.nextSlot(s + 1)) {
            if (!b.contains(a.keyAt(s))) {
                return false;
            }
        }
        return true;
    }

    private static Object compareSets(PyAbstractSet a, PyAbstractSet b, CompareOp op) {
        switch (op) {
            case EQ:
                return a.size() == b.size() && isSubset(a, b);
            case NE:
                return !(a.size() == b.size() && isSubset(a, b));
            case LE:
                return isSubset(a, b);
            case GE:
                return isSubset(b, a);
            case LT:
                return a.size() < b.size() && isSubset(a, b);
            default:
                return a.size() > b.size() && isSubset(b, a);
        }
    }

    /** Equivalent of {@code PySequence_Contains}: {@code item in container}. */
    @TruffleBoundary
    public static boolean contains(Object container, Object item) {
        PyType t = BuiltinTypes.typeOf(container);
        if (t.isBuiltin()) {
            if (container instanceof String s) {
                if (!(PyValueSub.unwrap(item) instanceof String sub)) {
                    throw PyErrors.typeError("'in <string>' requires string as left operand, not " + BuiltinTypes.typeName(item));
                }
                return s.contains(sub);
            }
            if (container instanceof PyDict d) {
                return d.containsKey(item);
            }
            if (container instanceof PyAbstractSet s) {
                return setContains(s, item);
            }
            if (container instanceof PyList l) {
                Object v;
                for (int i = 0; (v = l.itemOrNull(i)) != null; i++) {
                    if (richCompareBool(v, item, CompareOp.EQ)) {
                        return true;
                    }
                }
                return false;
            }
            if (container instanceof PyTuple tu) {
                for (Object o : tu.items) {
                    if (richCompareBool(o, item, CompareOp.EQ)) {
                        return true;
                    }
                }
                return false;
            }
            if (container instanceof PyRange r) {
                return RangeOps.contains(r, item);
            }
            if (container instanceof PyBytes b) {
                return Items.bytesContains(b, item);
            }
        }
        Object m = t.lookup("__contains__");
        if (m != null) {
            return Truth.isTrue(Call.callUnbound(m, container, t, new Object[] {item}));
        }
        Object it;
        try {
            it = Iter.getIter(container);
        } catch (pygil.runtime.error.PyException e) {
            if (e.matches(pygil.runtime.error.ExceptionTypes.TYPE_ERROR)) {
                throw PyErrors.typeError("argument of type '" + t.getName() + "' is not iterable");
            }
            throw e;
        }
        for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
            if (richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    /** {@code item in s}: a set as the key is looked up as a frozenset, as CPython does. */
    public static boolean setContains(PyAbstractSet s, Object item) {
        return s.contains(setKey(item));
    }

    /** The key to look up for {@code item} in a set: a set becomes a frozenset (set_contains). */
    public static Object setKey(Object item) {
        if (item instanceof pygil.runtime.object.PySet set) {
            pygil.runtime.object.PyFrozenSet f = new pygil.runtime.object.PyFrozenSet();
            f.addAllWhileBuilding(set);
            return f;
        }
        return item;
    }

}
