package pygil.runtime.ops;

import java.math.BigInteger;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PySlice;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.text.Slices;

/**
 * Subscription and length (Equivalent of {@code PyObject_GetItem}, {@code PyObject_SetItem},
 * {@code PyObject_DelItem}, {@code PyObject_Size}) with the builtin sequences' semantics
 * ({@code list_subscript}, {@code tuplesubscript}, {@code unicode_subscript}, ...). The
 * per-type work is in {@link SequenceOps}.
 */
public final class Items {
    private Items() {}

    /** {@code obj[key]}. */
    public static Object getItem(Object obj, Object key) {
        if (obj instanceof PyList l && key instanceof Long i && l.getClass() == PyList.class) {
            Object v = l.getItem(i);
            if (v != null) {
                return v;
            }
            throw PyErrors.indexError("list index out of range");
        }
        if (obj instanceof PyDict d && d.getClass() == PyDict.class) {
            Object v = d.getItem(key);
            if (v != null) {
                return v;
            }
        }
        return getItemSlow(obj, key);
    }

    @TruffleBoundary
    private static Object getItemSlow(Object obj, Object key) {
        PyType t = BuiltinTypes.typeOf(obj);
        if (t.isBuiltin()) {
            if (obj instanceof PyList l) {
                return SequenceOps.listGet(l, key);
            }
            if (obj instanceof PyTuple tu) {
                return SequenceOps.tupleGet(tu, key);
            }
            if (obj instanceof String s) {
                return SequenceOps.strGet(s, key);
            }
            if (obj instanceof PyDict d) {
                Object v = d.getItem(key);
                if (v == null) {
                    throw PyErrors.keyError(key);
                }
                return v;
            }
            if (obj instanceof PyRange r) {
                return SequenceOps.rangeGet(r, key);
            }
            if (obj instanceof PyBytes b) {
                return SequenceOps.bytesGet(b, key);
            }
        }
        Object m = t.lookup("__getitem__");
        if (m != null) {
            return Call.callUnbound(m, obj, t, new Object[] {key});
        }
        if (obj instanceof PyType cls) {
            if (cls == BuiltinTypes.TYPE) {
                return cls;
            }
            Object cg = cls.lookup("__class_getitem__");
            if (cg != null) {
                return Call.call1(Attr.bindDescriptor(cg, null, cls), key);
            }
            throw PyErrors.typeError("type '" + cls.getName() + "' is not subscriptable");
        }
        throw PyErrors.typeError("'" + t.getName() + "' object is not subscriptable");
    }

    /** {@code obj[key] = value}. */
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PyList l && key instanceof Long i && l.getClass() == PyList.class) {
            if (l.setItem(i, value)) {
                return;
            }
            throw PyErrors.indexError("list assignment index out of range");
        }
        if (obj instanceof PyDict d && d.getClass() == PyDict.class) {
            d.setItem(key, value);
            return;
        }
        setItemSlow(obj, key, value);
    }

    @TruffleBoundary
    private static void setItemSlow(Object obj, Object key, Object value) {
        PyType t = BuiltinTypes.typeOf(obj);
        if (t.isBuiltin() && obj instanceof PyList l) {
            SequenceOps.listSet(l, key, value);
            return;
        }
        Object m = t.lookup("__setitem__");
        if (m != null) {
            Call.callUnbound(m, obj, t, new Object[] {key, value});
            return;
        }
        throw PyErrors.typeError("'" + t.getName() + "' object does not support item assignment");
    }

    /** {@code del obj[key]}. */
    @TruffleBoundary
    public static void delItem(Object obj, Object key) {
        PyType t = BuiltinTypes.typeOf(obj);
        if (t.isBuiltin()) {
            if (obj instanceof PyList l) {
                SequenceOps.listDel(l, key);
                return;
            }
            if (obj instanceof PyDict d) {
                if (!d.delItem(key)) {
                    throw PyErrors.keyError(key);
                }
                return;
            }
        }
        Object m = t.lookup("__delitem__");
        if (m != null) {
            Call.callUnbound(m, obj, t, new Object[] {key});
            return;
        }
        throw PyErrors.typeError("'" + t.getName() + "' object doesn't support item deletion");
    }

    /** {@code len(o)} (Equivalent of {@code PyObject_Size}). */
    public static long len(Object o) {
        if (o instanceof PyList l && l.getClass() == PyList.class) {
            return l.size;
        }
        if (o instanceof String s) {
            return SequenceOps.strLength(s);
        }
        return lenSlow(o);
    }

    @TruffleBoundary
    private static long lenSlow(Object o) {
        PyType t = BuiltinTypes.typeOf(o);
        if (t.isBuiltin()) {
            if (o instanceof PyList l) {
                return l.size;
            }
            if (o instanceof PyTuple tu) {
                return tu.size();
            }
            if (o instanceof PyDict d) {
                return d.size();
            }
            if (o instanceof PyAbstractSet s) {
                return s.size();
            }
            if (o instanceof PyBytes b) {
                return b.bytes.length;
            }
            if (o instanceof PyRange r) {
                return RangeOps.len(r);
            }
        }
        Object m = t.lookup("__len__");
        if (m == null) {
            throw PyErrors.typeError("object of type '" + t.getName() + "' has no len()");
        }
        return checkLen(Call.callUnbound(m, o, t, new Object[0]));
    }

    /** Validates a {@code __len__} result. */
    static long checkLen(Object r) {
        Object i;
        try {
            i = Numbers.index(r);
        } catch (PyException e) {
            throw PyErrors.typeError("'" + BuiltinTypes.typeName(r) + "' object cannot be interpreted as an integer");
        }
        if (i instanceof BigInteger b) {
            throw b.signum() < 0 ? PyErrors.valueError("__len__() should return >= 0") : PyErrors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = (Long) i;
        if (n < 0) {
            throw PyErrors.valueError("__len__() should return >= 0");
        }
        return n;
    }

    /** {@code item in bytes}: an int in 0..255 or a bytes subsequence. */
    static boolean bytesContains(PyBytes b, Object item) {
        byte[] sub = pygil.runtime.object.BytesLike.viewOrNull(item);
        if (sub != null) {
            return SequenceOps.indexOf(b.bytes, sub, 0) >= 0;
        }
        long v = Numbers.asIndex(item);
        if (v < 0 || v > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        for (byte x : b.bytes) {
            if ((x & 0xff) == v) {
                return true;
            }
        }
        return false;
    }

    /** The (start, stop, step, length) of a slice applied to a sequence of {@code length} items. */
    public static long[] sliceIndices(PySlice s, long length) {
        return Slices.indices(sliceBound(s.start), sliceBound(s.stop), sliceBound(s.step), length);
    }

    private static Long sliceBound(Object o) {
        if (o == PNone.NONE) {
            return null;
        }
        if (o instanceof Long l) {
            return l;
        }
        if (!Numbers.hasIndex(o)) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Slices.clamp(Numbers.index(o));
    }
}
