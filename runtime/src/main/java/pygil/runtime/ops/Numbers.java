package pygil.runtime.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.num.FloatMath;
import pygil.runtime.num.IntMath;
import pygil.runtime.num.NumberParser;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.text.StrRepr;

/**
 * Number conversions (Equivalent of {@code PyNumber_Index}, {@code PyNumber_AsSsize_t},
 * {@code PyNumber_Long}, {@code PyNumber_Float}).
 */
public final class Numbers {
    private Numbers() {}

    /** The int value of an int subclass instance (CPython accepts one from __index__/__int__), else r. */
    private static Object intValue(Object r) {
        return r instanceof PyValueSub v && isInt(v.value) ? v.value : r;
    }

    /** True for Python ints (bool included). */
    public static boolean isInt(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInteger;
    }

    /** Equivalent of {@code PyNumber_Index}: an int (Long/BigInteger) via {@code __index__}. */
    public static Object index(Object o) {
        if (o instanceof Long || o instanceof BigInteger) {
            return o;
        }
        if (o instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return indexSlow(o);
    }

    @TruffleBoundary
    private static Object indexSlow(Object o) {
        PyType t = BuiltinTypes.typeOf(o);
        Object m = t.lookup("__index__");
        if (m == null) {
            throw PyErrors.typeError("'" + t.getName() + "' object cannot be interpreted as an integer");
        }
        Object r = intValue(Call.callUnbound(m, o, t, new Object[0]));
        if (!isInt(r)) {
            throw PyErrors.typeError("__index__ returned non-int (type " + BuiltinTypes.typeName(r) + ")");
        }
        return r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r;
    }

    /** True if {@code o} has {@code __index__} (ints included). */
    public static boolean hasIndex(Object o) {
        return isInt(o) || BuiltinTypes.typeOf(o).lookup("__index__") != null;
    }

    /**
     * Equivalent of {@code PyNumber_AsSsize_t(o, IndexError)}: IndexError "cannot fit 'int' into
     * an index-sized integer" when too big.
     */
    public static long asIndex(Object o) {
        Object i = index(o);
        if (i instanceof Long l) {
            return l;
        }
        throw PyErrors.indexError("cannot fit '" + BuiltinTypes.typeName(o) + "' into an index-sized integer");
    }

    /** {@code PyNumber_AsSsize_t(o, OverflowError)}: "Python int too large to convert to C ssize_t". */
    public static long asLong(Object o) {
        Object i = index(o);
        if (i instanceof Long l) {
            return l;
        }
        throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
    }

    /** An int argument that must fit in a Java int (sizes, counts): OverflowError otherwise. */
    public static int asInt(Object o) {
        long l = asLong(o);
        if (l > Integer.MAX_VALUE || l < Integer.MIN_VALUE) {
            throw PyErrors.overflowError("Python int too large to convert to C int");
        }
        return (int) l;
    }

    /** {@code int(x)} (Equivalent of {@code PyNumber_Long}). */
    @TruffleBoundary
    public static Object toInt(Object x) {
        if (x instanceof PyValueSub v && v.value instanceof String) {
            x = v.value;
        }
        if (x instanceof Long || x instanceof BigInteger) {
            return x;
        }
        if (x instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (x instanceof Double d) {
            return FloatMath.toInt(d);
        }
        if (x instanceof String s) {
            return parseInt(s, 10);
        }
        if (x instanceof PyBytes b) {
            return parseInt(new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1), 10);
        }
        PyType t = BuiltinTypes.typeOf(x);
        for (String name : new String[] {"__int__", "__index__", "__trunc__"}) {
            Object m = t.lookup(name);
            if (m != null) {
                Object r = intValue(Call.callUnbound(m, x, t, new Object[0]));
                if (r instanceof Boolean b) {
                    return b ? 1L : 0L;
                }
                if (!isInt(r)) {
                    if (name.equals("__trunc__")) {
                        return index(r);
                    }
                    throw PyErrors.typeError(name + " returned non-int (type " + BuiltinTypes.typeName(r) + ")");
                }
                return r;
            }
        }
        throw PyErrors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + t.getName() + "'");
    }

    /** {@code int(s, base)}: ValueError "invalid literal for int() with base 10: 'x'". */
    @TruffleBoundary
    public static Object parseInt(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        return NumberParser.parseInt(s, base);
    }

    /** {@code int(x, base)} for str/bytes x. */
    @TruffleBoundary
    public static Object toIntWithBase(Object x, Object baseObj) {
        long base = asLong(baseObj);
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        x = PyValueSub.unwrap(x);
        if (x instanceof String s) {
            return parseInt(s, (int) base);
        }
        if (x instanceof PyBytes b) {
            return parseInt(new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1), (int) base);
        }
        throw PyErrors.typeError("int() can't convert non-string with explicit base");
    }

    /** {@code float(x)} (Equivalent of {@code PyNumber_Float}). */
    @TruffleBoundary
    public static double toDouble(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (x instanceof PyValueSub v && v.value instanceof String) {
            x = v.value;
        }
        if (x instanceof Long || x instanceof BigInteger || x instanceof Boolean) {
            return IntMath.toDouble(x);
        }
        if (x instanceof String s) {
            return NumberParser.parseFloat(s);
        }
        if (x instanceof PyBytes b) {
            return NumberParser.parseFloat(new String(b.bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        PyType t = BuiltinTypes.typeOf(x);
        Object m = t.lookup("__float__");
        if (m != null) {
            Object r = Call.callUnbound(m, x, t, new Object[0]);
            if (r instanceof PyValueSub v && v.value instanceof Double) {
                r = v.value; // a float subclass instance (CPython warns and accepts it)
            }
            if (!(r instanceof Double d)) {
                throw PyErrors.typeError(t.getName() + ".__float__ returned non-float (type " + BuiltinTypes.typeName(r) + ")");
            }
            return d;
        }
        m = t.lookup("__index__");
        if (m != null) {
            return IntMath.toDouble(index(x));
        }
        throw PyErrors.typeError("float() argument must be a string or a real number, not '" + t.getName() + "'");
    }

    /** {@code float(x)} for a number argument of a math function: TypeError "must be real number, not str". */
    @TruffleBoundary
    public static double asDouble(Object x) {
        if (x instanceof Double d) {
            return d;
        }
        if (isInt(x)) {
            return IntMath.toDouble(x);
        }
        PyType t = BuiltinTypes.typeOf(x);
        if (t.lookup("__float__") != null || t.lookup("__index__") != null) {
            return toDouble(x);
        }
        throw PyErrors.typeError("must be real number, not " + t.getName());
    }

    /** For messages: the repr of a str argument. */
    static String quote(String s) {
        return StrRepr.repr(s);
    }
}
