package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.BYTEARRAY;
import static pygil.runtime.builtins.BuiltinTypes.BYTES;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.iterators.SequenceIterators;
import pygil.runtime.object.BytesLike;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyByteArray;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PySlice;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.BuiltinOps;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;
import pygil.runtime.text.Slices;

/**
 * The methods of {@code bytearray} (Equivalent of {@code Objects/bytearrayobject.c}):
 * construction, indexing and slicing (get, set, delete), the mutating methods, and the
 * non-mutating methods shared with {@code bytes}, which run the bytes implementation on a
 * snapshot and return bytearrays where bytes returns bytes.
 */
final class ByteArrayType {
    private ByteArrayType() {}

    private static final String[] SHARED = {"decode", "hex", "upper", "lower", "strip", "split", "join", "startswith", "endswith", "find", "replace", "count"};

    private static PyByteArray ba(Object o) {
        return (PyByteArray) o;
    }

    static void install() {
        BYTEARRAY.getDict().putString("__hash__", PNone.NONE);
        Methods.defStatic(BYTEARRAY, "__new__", (args, kw) -> {
            Methods.newClass(BYTEARRAY, args);
            Object[] p = ArgParser.parse("bytearray", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"source", "encoding", "errors"}, 0, 3, 0);
            Object src = p[0];
            if (src == null || p[1] != null || p[2] != null || BytesLike.check(src) || PyValueSub.unwrap(src) instanceof String) {
                return new PyByteArray(BytesType.newBytes(src, p[1], p[2]).bytes.clone());
            }
            if (Numbers.hasIndex(src)) {
                long n = Numbers.asLong(src);
                if (n < 0) {
                    throw PyErrors.valueError("negative count");
                }
                return new PyByteArray(new byte[(int) n]);
            }
            return new PyByteArray(bytesOfIterable(src, "cannot convert '" + BuiltinTypes.typeName(src) + "' object to bytearray"));
        });
        Methods.def0(BYTEARRAY, "__len__", self -> (long) ba(self).size());
        Methods.def1(BYTEARRAY, "__getitem__", (self, key) -> get(ba(self), key));
        Methods.def2(BYTEARRAY, "__setitem__", (self, key, value) -> {
            set(ba(self), key, value);
            return PNone.NONE;
        });
        Methods.def1(BYTEARRAY, "__delitem__", (self, key) -> {
            set(ba(self), key, null);
            return PNone.NONE;
        });
        Methods.def1(BYTEARRAY, "__contains__", (self, x) -> Compare.contains(new PyBytes(ba(self).toByteArray()), x));
        Methods.def0(BYTEARRAY, "__iter__", self -> new SequenceIterators.ByteArrayIterator(ba(self)));
        Methods.def0(BYTEARRAY, "__repr__", self -> Repr.builtinRepr(self));
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(BYTEARRAY, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(BYTEARRAY, "__add__", (self, o) -> BuiltinOps.binary(self, o, BinaryOp.ADD));
        Methods.def1(BYTEARRAY, "__mul__", (self, o) -> BuiltinOps.binary(self, o, BinaryOp.MUL));
        Methods.def1(BYTEARRAY, "__rmul__", (self, o) -> BuiltinOps.binary(self, o, BinaryOp.MUL));
        Methods.def1(BYTEARRAY, "__iadd__", (self, o) -> BuiltinOps.inplace(self, o, BinaryOp.ADD));
        Methods.def1(BYTEARRAY, "__imul__", (self, o) -> BuiltinOps.inplace(self, o, BinaryOp.MUL));
        Methods.def1(BYTEARRAY, "append", (self, x) -> {
            ba(self).append(byteValue(x));
            return PNone.NONE;
        });
        Methods.def1(BYTEARRAY, "extend", (self, it) -> {
            ba(self).extend(bytesOfIterable(it, "can't extend bytearray with " + BuiltinTypes.typeName(it)));
            return PNone.NONE;
        });
        Methods.defN(BYTEARRAY, "pop", 0, 1, (self, a) -> {
            PyByteArray b = ba(self);
            if (b.size() == 0) {
                throw PyErrors.indexError("pop from empty bytearray");
            }
            long i = Slices.normalizeIndex(a.length == 0 ? -1 : Numbers.asIndex(a[0]), b.size());
            if (i < 0) {
                throw PyErrors.indexError("pop index out of range");
            }
            return (long) b.pop((int) i);
        });
        Methods.defN(BYTEARRAY, "insert", 2, 2, (self, a) -> {
            PyByteArray b = ba(self);
            long i = Numbers.asIndex(a[0]);
            int v = byteValue(a[1]);
            i = i < 0 ? Math.max(0, i + b.size()) : Math.min(i, b.size());
            b.insert((int) i, v);
            return PNone.NONE;
        });
        Methods.def1(BYTEARRAY, "remove", (self, x) -> {
            PyByteArray b = ba(self);
            int v = byteValue(x);
            for (int i = 0; i < b.size(); i++) {
                if (b.get(i) == v) {
                    b.pop(i);
                    return PNone.NONE;
                }
            }
            throw PyErrors.valueError("value not found in bytearray");
        });
        Methods.def0(BYTEARRAY, "clear", self -> {
            ba(self).clear();
            return PNone.NONE;
        });
        Methods.def0(BYTEARRAY, "reverse", self -> {
            ba(self).reverse();
            return PNone.NONE;
        });
        Methods.def0(BYTEARRAY, "copy", self -> new PyByteArray(ba(self).toByteArray()));
        for (String name : SHARED) {
            PyBuiltinFunction bytesMethod = (PyBuiltinFunction) BYTES.getDict().getString(name);
            Methods.def(BYTEARRAY, name, (args, kw) -> {
                Object[] a = args.clone();
                a[0] = new PyBytes(ba(args[0]).toByteArray());
                return asByteArrays(bytesMethod.call(a, kw));
            });
        }
    }

    /** A bytes result of a shared method as a bytearray (lists of bytes too). */
    private static Object asByteArrays(Object r) {
        if (r instanceof PyBytes b) {
            return new PyByteArray(b.bytes.clone());
        }
        if (r instanceof PyList l) {
            PyList out = new PyList(l.size());
            for (int i = 0; i < l.size(); i++) {
                out.append(asByteArrays(l.get(i)));
            }
            return out;
        }
        return r;
    }

    /** An int argument that must be a byte: ValueError "byte must be in range(0, 256)". */
    static int byteValue(Object x) {
        long v = Numbers.asIndex(x);
        if (v < 0 || v > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (int) v;
    }

    /** The bytes of a bytes-like object or an iterable of ints; TypeError {@code notIterable} otherwise. */
    private static byte[] bytesOfIterable(Object o, String notIterable) {
        byte[] b = BytesLike.copyOrNull(o);
        if (b != null) {
            return b;
        }
        if (!Iter.isIterable(o) || Numbers.isInt(o)) {
            throw PyErrors.typeError(notIterable);
        }
        Object[] items = Iter.toArray(o);
        b = new byte[items.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) byteValue(items[i]);
        }
        return b;
    }

    /** {@code ba[key]} (Equivalent of {@code bytearray_subscript}). */
    static Object get(PyByteArray b, Object key) {
        if (key instanceof PySlice s) {
            long[] r = Items.sliceIndices(s, b.size());
            byte[] out = new byte[(int) r[3]];
            for (int i = 0; i < out.length; i++) {
                out[i] = (byte) b.get((int) (r[0] + i * r[2]));
            }
            return new PyByteArray(out);
        }
        long i = Slices.normalizeIndex(index(key), b.size());
        if (i < 0) {
            throw PyErrors.indexError("bytearray index out of range");
        }
        return (long) b.get((int) i);
    }

    private static long index(Object key) {
        if (!Numbers.hasIndex(key)) {
            throw PyErrors.typeError("bytearray indices must be integers or slices, not " + BuiltinTypes.typeName(key));
        }
        return Numbers.asIndex(key);
    }

    /** {@code ba[key] = value}, or {@code del ba[key]} when value is null (Equivalent of {@code bytearray_ass_subscript}). */
    static void set(PyByteArray b, Object key, Object value) {
        if (!(key instanceof PySlice s)) {
            long i = Slices.normalizeIndex(index(key), b.size());
            if (i < 0) {
                throw PyErrors.indexError("bytearray index out of range");
            }
            if (value == null) {
                b.pop((int) i);
            } else {
                b.set((int) i, byteValue(value));
            }
            return;
        }
        byte[] src;
        if (value == null) {
            src = new byte[0];
        } else if (Numbers.isInt(value)) {
            throw PyErrors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            src = bytesOfIterable(value, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        long[] r = Items.sliceIndices(s, b.size());
        long start = r[0];
        long step = r[2];
        int n = (int) r[3];
        if (step == 1) {
            b.replace((int) start, (int) (start + n), src);
            return;
        }
        if (value == null) {
            // Delete from the highest index down so that the lower ones stay valid.
            for (int k = n - 1; k >= 0; k--) {
                long i = step > 0 ? start + k * step : start + (n - 1 - k) * step;
                b.pop((int) i);
            }
            return;
        }
        if (src.length != n) {
            throw PyErrors.valueError("attempt to assign bytes of size " + src.length + " to extended slice of size " + n);
        }
        for (int k = 0; k < n; k++) {
            b.set((int) (start + k * step), src[k] & 0xff);
        }
    }
}
