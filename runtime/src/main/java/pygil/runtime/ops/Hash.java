package pygil.runtime.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.ObjectType;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.num.NumericHash;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyFrozenSet;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/**
 * Hashing (Equivalent of {@code PyObject_Hash}). Numbers use CPython's exact algorithm (so
 * {@code hash(1) == hash(1.0) == hash(True)} and set/dict layouts match CPython for numbers);
 * tuples and frozensets use CPython's combining functions; str hashes are deterministic but not
 * CPython's (CPython randomizes them per process anyway); other objects hash by identity unless
 * their type defines {@code __hash__}. A type that defines {@code __eq__} without
 * {@code __hash__} has {@code __hash__ = None} and is unhashable.
 */
public final class Hash {
    private Hash() {}

    /** {@code hash(o)}; TypeError "unhashable type: 'list'". */
    public static long hash(Object o) {
        if (o instanceof String s) {
            return NumericHash.hashString(s);
        }
        if (o instanceof Long l) {
            return NumericHash.hash((long) l);
        }
        return hashSlow(o);
    }

    /** The hash of a str (the value {@link #hash} returns for it). */
    public static long hashString(String s) {
        return NumericHash.hashString(s);
    }

    @TruffleBoundary
    private static long hashSlow(Object o) {
        if (o instanceof Double || o instanceof Boolean || o instanceof BigInteger || o instanceof Integer) {
            return NumericHash.hash(o);
        }
        PyType t = BuiltinTypes.typeOf(o);
        if (t.isBuiltin()) {
            if (o instanceof PyTuple tu) {
                return hashTuple(tu);
            }
            if (o instanceof PyFrozenSet f) {
                return f.hash();
            }
            if (o instanceof PyBytes b) {
                return b.hash();
            }
            if (o instanceof pygil.runtime.object.PyComplex c) {
                return pygil.runtime.num.ComplexMath.hash(c.real, c.imag, c);
            }
        }
        Object h = t.lookup("__hash__");
        if (h == null || h == PNone.NONE) {
            throw PyErrors.typeError("unhashable type: '" + t.getName() + "'");
        }
        if (h == ObjectType.HASH) {
            return identityHash(o);
        }
        Object r = Call.callUnbound(h, o, t, new Object[0]);
        if (r instanceof Long l) {
            return l == -1 ? -2 : l;
        }
        if (r instanceof BigInteger || r instanceof Boolean) {
            return NumericHash.hash(r);
        }
        throw PyErrors.typeError("__hash__ method should return an integer");
    }

    /** Equivalent of {@code tuplehash}. */
    public static long hashTuple(PyTuple t) {
        Object[] items = t.items;
        long[] hs = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            hs[i] = hash(items[i]);
        }
        return NumericHash.hashTuple(hs);
    }

    /** Equivalent of {@code _Py_HashPointer} over our identity numbers ({@code object.__hash__}). */
    public static long identityHash(Object o) {
        long id = o instanceof PyObject p ? p.id() : System.identityHashCode(o) << 4;
        return Long.rotateRight(id, 4);
    }
}
