package pygil.runtime.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/** Truth testing (Equivalent of {@code PyObject_IsTrue}). */
public final class Truth {
    private Truth() {}

    /** {@code bool(o)}: {@code __bool__}, then {@code __len__}, else true. */
    public static boolean isTrue(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        if (o instanceof Long l) {
            return l != 0;
        }
        if (o == PNone.NONE) {
            return false;
        }
        if (o instanceof String s) {
            return !s.isEmpty();
        }
        if (o instanceof Double d) {
            return d != 0.0;
        }
        return isTrueSlow(o);
    }

    @TruffleBoundary
    private static boolean isTrueSlow(Object o) {
        if (o instanceof BigInteger b) {
            return b.signum() != 0;
        }
        PyType t = BuiltinTypes.typeOf(o);
        if (t.isBuiltin()) {
            if (o instanceof PyList l) {
                return l.size > 0;
            }
            if (o instanceof PyTuple tu) {
                return tu.size() > 0;
            }
            if (o instanceof PyDict d) {
                return d.size() > 0;
            }
            if (o instanceof PyAbstractSet s) {
                return s.size() > 0;
            }
            if (o instanceof PyRange r) {
                return RangeOps.isTrue(r);
            }
            if (o instanceof PyBytes b) {
                return b.bytes.length > 0;
            }
        }
        Object boolMethod = t.lookup("__bool__");
        if (boolMethod != null) {
            Object r = Call.callUnbound(boolMethod, o, t, new Object[0]);
            if (r instanceof Boolean b) {
                return b;
            }
            throw PyErrors.typeError("__bool__ should return bool, returned " + BuiltinTypes.typeName(r));
        }
        Object lenMethod = t.lookup("__len__");
        if (lenMethod != null) {
            return Items.checkLen(Call.callUnbound(lenMethod, o, t, new Object[0])) != 0;
        }
        return true;
    }

    /** {@code not o}. */
    public static boolean not(Object o) {
        return !isTrue(o);
    }
}
