package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.LIST;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.iterators.SequenceIterators;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.BuiltinOps;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.SequenceOps;
import pygil.runtime.ops.Truth;
import pygil.runtime.text.Slices;

/** The methods of {@code list} (Equivalent of {@code Objects/listobject.c}'s method table). */
final class ListType {
    private ListType() {}

    static void install() {
        LIST.getDict().putString("__hash__", PNone.NONE);
        Methods.defStatic(LIST, "__new__", (args, kw) -> {
            PyType cls = (PyType) args[0];
            return cls == LIST ? new PyList() : cls.newInstance();
        });
        Methods.def(LIST, "__init__", (args, kw) -> {
            Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            ArgParser.unpack("list", rest, kw, 0, 1);
            PyList l = (PyList) args[0];
            l.clear();
            if (rest.length == 1) {
                Object[] src = Iter.toArray(rest[0]);
                l.extend(src, src.length);
            }
            return PNone.NONE;
        });
        Methods.def1(LIST, "__getitem__", (self, key) -> SequenceOps.listGet((PyList) self, key));
        Methods.def2(LIST, "__setitem__", (self, key, value) -> {
            SequenceOps.listSet((PyList) self, key, value);
            return PNone.NONE;
        });
        Methods.def1(LIST, "__delitem__", (self, key) -> {
            SequenceOps.listDel((PyList) self, key);
            return PNone.NONE;
        });
        Methods.def0(LIST, "__len__", self -> (long) ((PyList) self).size);
        Methods.def1(LIST, "__contains__", (self, x) -> indexOf((PyList) self, x, 0, Integer.MAX_VALUE) >= 0);
        Methods.def0(LIST, "__iter__", self -> new SequenceIterators.ListIterator((PyList) self));
        Methods.def0(LIST, "__reversed__", self -> new SequenceIterators.ListReverseIterator((PyList) self));
        Methods.def0(LIST, "__repr__", self -> Repr.builtinRepr(self));
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(LIST, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(LIST, "__add__", (self, other) -> {
            Object r = BuiltinOps.binary(self, other, BinaryOp.ADD);
            if (!(other instanceof PyList)) {
                throw PyErrors.typeError("can only concatenate list (not \"" + BuiltinTypes.typeName(other) + "\") to list");
            }
            return r;
        });
        Methods.def1(LIST, "__mul__", (self, n) -> BuiltinOps.binary(self, n, BinaryOp.MUL));
        Methods.def1(LIST, "__rmul__", (self, n) -> BuiltinOps.binary(self, n, BinaryOp.MUL));
        Methods.def1(LIST, "__iadd__", (self, other) -> BuiltinOps.inplace(self, other, BinaryOp.ADD));
        Methods.def1(LIST, "__imul__", (self, n) -> BuiltinOps.inplace(self, n, BinaryOp.MUL));
        Methods.def1(LIST, "append", (self, x) -> {
            ((PyList) self).append(x);
            return PNone.NONE;
        });
        Methods.def1(LIST, "extend", (self, it) -> {
            Object[] src = Iter.toArray(it);
            ((PyList) self).extend(src, src.length);
            return PNone.NONE;
        });
        Methods.def2(LIST, "insert", (self, i, x) -> {
            ((PyList) self).insert((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Numbers.asLong(i))), x);
            return PNone.NONE;
        });
        Methods.defN(LIST, "pop", 0, 1, (self, a) -> {
            PyList l = (PyList) self;
            long i = a.length == 0 ? -1 : Numbers.asLong(a[0]);
            // Range check and removal are one atomic step (another thread may shrink the list).
            Object v = l.pop(i);
            if (v == null) {
                throw PyErrors.indexError(l.size == 0 ? "pop from empty list" : "pop index out of range");
            }
            return v;
        });
        Methods.def1(LIST, "remove", (self, x) -> {
            PyList l = (PyList) self;
            while (true) {
                int i = indexOf(l, x, 0, Integer.MAX_VALUE);
                if (i < 0) {
                    throw PyErrors.valueError("list.remove(x): x not in list");
                }
                // The comparison ran outside the list's lock: remove only if the item is still there.
                Object found = l.itemOrNull(i);
                if (found != null && l.removeAtIfSame(i, found)) {
                    return PNone.NONE;
                }
            }
        });
        Methods.defN(LIST, "index", 1, 3, (self, a) -> {
            PyList l = (PyList) self;
            long start = a.length > 1 ? bound(a[1], l.size) : 0;
            long stop = a.length > 2 ? bound(a[2], l.size) : l.size;
            int i = indexOf(l, a[0], (int) start, (int) stop);
            if (i < 0) {
                throw PyErrors.valueError(Repr.repr(a[0]) + " is not in list");
            }
            return (long) i;
        });
        Methods.def1(LIST, "count", (self, x) -> {
            PyList l = (PyList) self;
            long n = 0;
            Object v;
            for (int i = 0; (v = l.itemOrNull(i)) != null; i++) {
                if (Compare.richCompareBool(v, x, CompareOp.EQ)) {
                    n++;
                }
            }
            return n;
        });
        Methods.def(LIST, "sort", (args, kw) -> {
            Object[] p = ArgParser.parse("sort", java.util.Arrays.copyOfRange(args, 1, args.length), kw, new String[] {"key", "reverse"}, 0, 0, 0);
            Sorting.sort((PyList) args[0], p[0], p[1] != null && Truth.isTrue(p[1]));
            return PNone.NONE;
        });
        Methods.def0(LIST, "reverse", self -> {
            ((PyList) self).reverse();
            return PNone.NONE;
        });
        Methods.def0(LIST, "copy", self -> {
            Object[] a = ((PyList) self).toArray();
            return new PyList(a, a.length);
        });
        Methods.def0(LIST, "clear", self -> {
            ((PyList) self).clear();
            return PNone.NONE;
        });
    }

    /** A start/stop argument of {@code index}, clamped like a slice bound. */
    static long bound(Object o, int len) {
        long v = Slices.clamp(Numbers.index(o));
        if (v < 0) {
            v += len;
            if (v < 0) {
                v = 0;
            }
        }
        return Math.min(v, len);
    }

    static int indexOf(PyList l, Object x, int start, int stop) {
        Object v;
        for (int i = start; i < stop && (v = l.itemOrNull(i)) != null; i++) {
            if (Compare.richCompareBool(v, x, CompareOp.EQ)) {
                return i;
            }
        }
        return -1;
    }

}
