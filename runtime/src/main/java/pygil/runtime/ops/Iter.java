package pygil.runtime.ops;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.DictViews;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.error.PyException;
import pygil.runtime.iterators.DictIterators;
import pygil.runtime.iterators.FunctionalIterators;
import pygil.runtime.iterators.SequenceIterators;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/**
 * The iteration protocol (Equivalent of {@code PyObject_GetIter} and {@code PyIter_Next}).
 * Exhaustion is signalled by the sentinel {@link #STOP}, never by a Java exception, for builtin
 * iterators; a user {@code __next__} raising StopIteration is turned into {@link #STOP}.
 */
public final class Iter {
    private Iter() {}

    /** Returned by {@link #next} and {@link PyIterator#next()} when the iterator is exhausted. */
    public static final Object STOP = new Object() {
        @Override
        public String toString() {
            return "<STOP>";
        }
    };

    /** Equivalent of {@code PyObject_GetIter}: TypeError "'int' object is not iterable". */
    public static Object getIter(Object o) {
        if (o instanceof PyList l && l.getClass() == PyList.class) {
            return new SequenceIterators.ListIterator(l);
        }
        return getIterSlow(o);
    }

    @TruffleBoundary
    private static Object getIterSlow(Object o) {
        PyType t = BuiltinTypes.typeOf(o);
        if (t.isBuiltin()) {
            if (o instanceof PyIterator) {
                return o;
            }
            if (o instanceof PyTuple tu) {
                return new SequenceIterators.TupleIterator(tu, false);
            }
            if (o instanceof String s) {
                return new SequenceIterators.StrIterator(s, false);
            }
            if (o instanceof PyRange r) {
                return RangeOps.iterator(r);
            }
            if (o instanceof PyDict d) {
                return new DictIterators.DictIterator(d, DictIterators.Kind.KEYS, false);
            }
            if (o instanceof PyAbstractSet s) {
                return new DictIterators.SetIterator(s);
            }
            if (o instanceof PyBytes b) {
                return new SequenceIterators.BytesIterator(b);
            }
            if (o instanceof DictViews.View v) {
                return v.iterator();
            }
        }
        Object m = t.lookup("__iter__");
        if (m != null && m != PNone.NONE) {
            Object it = Call.callUnbound(m, o, t, new Object[0]);
            if (!isIterator(it)) {
                throw PyErrors.typeError("iter() returned non-iterator of type '" + BuiltinTypes.typeName(it) + "'");
            }
            return it;
        }
        if (m == null && t.lookup("__getitem__") != null && !(o instanceof PyDict)) {
            return new FunctionalIterators.SeqIterator(o);
        }
        throw PyErrors.typeError("'" + t.getName() + "' object is not iterable");
    }

    /** True if {@code iter(o)} would succeed (without calling anything). */
    public static boolean isIterable(Object o) {
        if (o instanceof PyIterator || o instanceof String || o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PyAbstractSet
                        || o instanceof PyRange || o instanceof PyBytes || o instanceof DictViews.View) {
            return true;
        }
        PyType t = BuiltinTypes.typeOf(o);
        Object m = t.lookup("__iter__");
        return m != null ? m != PNone.NONE : t.lookup("__getitem__") != null;
    }

    /** Equivalent of {@code PyIter_Check}. */
    public static boolean isIterator(Object o) {
        return o instanceof PyIterator || BuiltinTypes.typeOf(o).lookup("__next__") != null;
    }

    /** Equivalent of {@code PyIter_Next}: the next item or {@link #STOP}. */
    public static Object next(Object iterator) {
        if (iterator instanceof PyIterator p) {
            return p.next();
        }
        return nextSlow(iterator);
    }

    @TruffleBoundary
    private static Object nextSlow(Object iterator) {
        PyType t = BuiltinTypes.typeOf(iterator);
        Object m = t.lookup("__next__");
        if (m == null) {
            throw PyErrors.typeError("'" + t.getName() + "' object is not an iterator");
        }
        try {
            return Call.callUnbound(m, iterator, t, new Object[0]);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                return STOP;
            }
            throw e;
        }
    }

    /** All items of an iterable (Equivalent of {@code PySequence_Fast} + copy). */
    @TruffleBoundary
    public static Object[] toArray(Object iterable) {
        if (iterable instanceof PyList l) {
            return l.toArray();
        }
        if (iterable instanceof PyTuple t) {
            return t.items.clone();
        }
        Object it = getIter(iterable);
        Object[] a = new Object[8];
        int n = 0;
        for (Object v = next(it); v != STOP; v = next(it)) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }
        return Arrays.copyOf(a, n);
    }

    /** {@code list(iterable)}. */
    @TruffleBoundary
    public static PyList toList(Object iterable) {
        Object[] a = toArray(iterable);
        return new PyList(a, a.length);
    }

    /**
     * Unpacks exactly {@code n} items ({@code a, b = x}): ValueError "not enough values to unpack
     * (expected 3, got 2)" / "too many values to unpack (expected 2)".
     */
    @TruffleBoundary
    public static Object[] unpack(Object iterable, int n) {
        if (!isIterable(iterable)) {
            throw PyErrors.typeError("cannot unpack non-iterable " + BuiltinTypes.typeName(iterable) + " object");
        }
        if (iterable instanceof PyTuple t && t.getType() == BuiltinTypes.TUPLE || iterable instanceof PyList l && l.getClass() == PyList.class) {
            // A list is copied under its lock first in free-threaded mode (a consistent snapshot).
            Object[] items = iterable instanceof PyTuple t2 ? t2.items : FreeThreading.enabled() ? ((PyList) iterable).toArray() : ((PyList) iterable).items;
            int size = iterable instanceof PyTuple t3 ? t3.items.length : FreeThreading.enabled() ? items.length : ((PyList) iterable).size;
            if (size == n) {
                return Arrays.copyOf(items, n);
            }
            if (size < n) {
                throw notEnough(n, size);
            }
            throw PyErrors.valueError("too many values to unpack (expected " + n + ")");
        }
        Object it = getIter(iterable);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            Object v = next(it);
            if (v == STOP) {
                throw notEnough(n, i);
            }
            out[i] = v;
        }
        if (next(it) != STOP) {
            throw PyErrors.valueError("too many values to unpack (expected " + n + ")");
        }
        return out;
    }

    /**
     * Starred unpacking ({@code a, *b, c = x}): {@code before} items, a list of the middle, then
     * {@code after} items. ValueError "not enough values to unpack (expected at least 2, got 1)".
     */
    @TruffleBoundary
    public static Object[] unpackEx(Object iterable, int before, int after) {
        if (!isIterable(iterable)) {
            throw PyErrors.typeError("cannot unpack non-iterable " + BuiltinTypes.typeName(iterable) + " object");
        }
        Object[] all = toArray(iterable);
        if (all.length < before + after) {
            throw PyErrors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + all.length + ")");
        }
        Object[] out = new Object[before + 1 + after];
        System.arraycopy(all, 0, out, 0, before);
        int mid = all.length - before - after;
        out[before] = new PyList(Arrays.copyOfRange(all, before, before + mid), mid);
        System.arraycopy(all, before + mid, out, before + 1, after);
        return out;
    }

    private static PyException notEnough(int expected, int got) {
        return PyErrors.valueError("not enough values to unpack (expected " + expected + ", got " + got + ")");
    }
}
