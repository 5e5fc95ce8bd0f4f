package pygil.runtime.ops;

import java.util.Arrays;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PySlice;
import pygil.runtime.object.PyTuple;

/**
 * Indexing and slicing of the builtin sequences (Equivalent of {@code list_subscript},
 * {@code list_ass_subscript}, {@code tuplesubscript}, {@code unicode_subscript},
 * {@code range_subscript}, {@code bytes_subscript}). str positions are code points.
 */
public final class SequenceOps {
    private SequenceOps() {}

    private static long index(Object key, String kind) {
        if (key instanceof Long l) {
            return l;
        }
        if (!Numbers.hasIndex(key)) {
            throw PyErrors.typeError(kind + " indices must be integers or slices, not " + BuiltinTypes.typeName(key));
        }
        return Numbers.asIndex(key);
    }

    // ---- list --------------------------------------------------------------------------

    public static Object listGet(PyList l, Object key) {
        if (key instanceof PySlice s) {
            if (FreeThreading.enabled()) {
                // A snapshot under the list's lock, sliced outside it.
                Object[] a = l.toArray();
                return slice(a, a.length, s);
            }
            return slice(l.items, l.size, s);
        }
        Object v = l.getItem(index(key, "list"));
        if (v == null) {
            throw PyErrors.indexError("list index out of range");
        }
        return v;
    }

    private static PyList slice(Object[] items, int size, PySlice s) {
        long[] r = Items.sliceIndices(s, size);
        int n = (int) r[3];
        Object[] out = new Object[n];
        if (r[2] == 1) {
            System.arraycopy(items, (int) r[0], out, 0, n);
        } else {
            for (int i = 0; i < n; i++) {
                out[i] = items[(int) (r[0] + i * r[2])];
            }
        }
        return new PyList(out, n);
    }

    public static void listSet(PyList l, Object key, Object value) {
        if (key instanceof PySlice s) {
            listSetSlice(l, s, value);
            return;
        }
        if (!l.setItem(index(key, "list"), value)) {
            throw PyErrors.indexError("list assignment index out of range");
        }
    }

    private static void listSetSlice(PyList l, PySlice s, Object value) {
        Object[] src;
        if (value == l) {
            src = l.toArray();
        } else {
            try {
                src = Iter.toArray(value);
            } catch (pygil.runtime.error.PyException e) {
                if (e.matches(pygil.runtime.error.ExceptionTypes.TYPE_ERROR) && !Iter.isIterable(value)) {
                    throw PyErrors.typeError("can only assign an iterable");
                }
                throw e;
            }
        }
        long[] r = Items.sliceIndices(s, l.size);
        long start = r[0];
        long step = r[2];
        long n = r[3];
        if (step == 1) {
            long stop = Math.max(start, r[1]);
            l.replaceRange((int) start, (int) stop, src, src.length);
            return;
        }
        if (src.length != n) {
            throw PyErrors.valueError("attempt to assign sequence of size " + src.length + " to extended slice of size " + n);
        }
        for (int k = 0; k < n; k++) {
            l.set((int) (start + k * step), src[k]);
        }
    }

    public static void listDel(PyList l, Object key) {
        if (key instanceof PySlice s) {
            long[] r = Items.sliceIndices(s, l.size);
            long start = r[0];
            long step = r[2];
            long n = r[3];
            if (n == 0) {
                return;
            }
            if (step == 1) {
                l.replaceRange((int) start, (int) (start + n), new Object[0], 0);
                return;
            }
            if (step < 0) {
                start = start + (n - 1) * step;
                step = -step;
            }
            // Built from a snapshot; another thread's change in between is overwritten, as if
            // it had happened just before (never a Java exception).
            Object[] snap = l.toArray();
            Object[] keep = new Object[snap.length];
            int k = 0;
            for (int i = 0; i < snap.length; i++) {
                if (i >= start && (i - start) % step == 0 && (i - start) / step < n) {
                    continue;
                }
                keep[k++] = snap[i];
            }
            pygil.runtime.refcount.RefCount.incRefAll(keep, k);
            Object[] old = l.swapItems(keep, k);
            pygil.runtime.refcount.RefCount.decRefAll(old, old.length);
            return;
        }
        if (l.pop(index(key, "list")) == null) {
            throw PyErrors.indexError("list assignment index out of range");
        }
    }

    // ---- tuple ---------------------------------------------------------------------------

    public static Object tupleGet(PyTuple t, Object key) {
        if (key instanceof PySlice s) {
            long[] r = Items.sliceIndices(s, t.size());
            if (r[2] == 1 && r[0] == 0 && r[3] == t.size() && t.getType() == BuiltinTypes.TUPLE) {
                return t;
            }
            int n = (int) r[3];
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) {
                out[i] = t.items[(int) (r[0] + i * r[2])];
            }
            return PyTuple.of(out);
        }
        long i = index(key, "tuple");
        if (i < 0) {
            i += t.size();
        }
        if (i < 0 || i >= t.size()) {
            throw PyErrors.indexError("tuple index out of range");
        }
        return t.items[(int) i];
    }

    // ---- str -----------------------------------------------------------------------------

    /** True if {@code s} contains a surrogate (so char index != code point index). */
    public static boolean hasSurrogates(String s) {
        return pygil.runtime.text.Surrogates.has(s);
    }

    /** {@code len(s)} in code points. */
    public static int strLength(String s) {
        int n = s.length();
        return pygil.runtime.text.Surrogates.has(s) ? s.codePointCount(0, n) : n;
    }

    public static Object strGet(String s, Object key) {
        boolean bmp = !hasSurrogates(s);
        int len = bmp ? s.length() : s.codePointCount(0, s.length());
        if (key instanceof PySlice sl) {
            long[] r = Items.sliceIndices(sl, len);
            int n = (int) r[3];
            if (r[2] == 1) {
                if (bmp) {
                    return s.substring((int) r[0], (int) r[0] + n);
                }
                int b = s.offsetByCodePoints(0, (int) r[0]);
                return s.substring(b, s.offsetByCodePoints(b, n));
            }
            StringBuilder sb = new StringBuilder(n);
            int[] cps = bmp ? null : s.codePoints().toArray();
            for (int i = 0; i < n; i++) {
                int at = (int) (r[0] + i * r[2]);
                if (bmp) {
                    sb.append(s.charAt(at));
                } else {
                    sb.appendCodePoint(cps[at]);
                }
            }
            return sb.toString();
        }
        if (!(key instanceof Long) && !Numbers.hasIndex(key)) {
            throw PyErrors.typeError("string indices must be integers, not '" + BuiltinTypes.typeName(key) + "'");
        }
        long i = Numbers.asIndex(key);
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            throw PyErrors.indexError("string index out of range");
        }
        if (bmp) {
            char c = s.charAt((int) i);
            return String.valueOf(c);
        }
        return Character.toString(s.codePointAt(s.offsetByCodePoints(0, (int) i)));
    }

    // ---- range, bytes --------------------------------------------------------------------

    /** {@code r[key]}; see {@link RangeOps#getItem}. */
    public static Object rangeGet(PyRange r, Object key) {
        return RangeOps.getItem(r, key);
    }

    public static Object bytesGet(PyBytes b, Object key) {
        if (key instanceof PySlice s) {
            long[] r = Items.sliceIndices(s, b.bytes.length);
            int n = (int) r[3];
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = b.bytes[(int) (r[0] + i * r[2])];
            }
            return new PyBytes(out);
        }
        long i = index(key, "byte");
        if (i < 0) {
            i += b.bytes.length;
        }
        if (i < 0 || i >= b.bytes.length) {
            throw PyErrors.indexError("index out of range");
        }
        return (long) (b.bytes[(int) i] & 0xff);
    }

    /** The first index of {@code sub} in {@code a} at or after {@code from}, or -1. */
    public static int indexOf(byte[] a, byte[] sub, int from) {
        outer:
        for (int i = Math.max(0, from); i + sub.length <= a.length; i++) {
            for (int j = 0; j < sub.length; j++) {
                if (a[i + j] != sub[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** {@code seq * n} for a repeated array (Equivalent of {@code list_repeat}). */
    public static Object[] repeat(Object[] items, int size, long n) {
        if (n <= 0 || size == 0) {
            return new Object[0];
        }
        if ((long) size * n > Integer.MAX_VALUE - 8) {
            throw PyErrors.memoryError();
        }
        int total = (int) (size * n);
        Object[] out = Arrays.copyOf(items, total);
        for (int k = size; k < total; k += size) {
            System.arraycopy(items, 0, out, k, size);
        }
        return out;
    }
}
