package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.TUPLE;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.iterators.SequenceIterators;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyTupleSub;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.BuiltinOps;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.SequenceOps;

/** The methods of {@code tuple} (Equivalent of {@code Objects/tupleobject.c}'s tables). */
final class TupleType {
    private TupleType() {}

    static void install() {
        Methods.defStatic(TUPLE, "__new__", (args, kw) -> {
            PyType cls = Methods.newClass(TUPLE, args);
            Object[] a = ArgParser.unpack("tuple", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            if (cls != TUPLE) {
                return new PyTupleSub(cls, a.length == 0 ? new Object[0] : Iter.toArray(a[0]));
            }
            if (a.length == 0) {
                return PyTuple.EMPTY;
            }
            if (a[0] instanceof PyTuple t && t.getType() == TUPLE) {
                return t;
            }
            return PyTuple.of(Iter.toArray(a[0]));
        });
        Methods.def1(TUPLE, "__getitem__", (self, key) -> SequenceOps.tupleGet((PyTuple) self, key));
        Methods.def0(TUPLE, "__len__", self -> (long) ((PyTuple) self).size());
        Methods.def1(TUPLE, "__contains__", (self, x) -> indexOf((PyTuple) self, x, 0, Integer.MAX_VALUE) >= 0);
        Methods.def0(TUPLE, "__iter__", self -> new SequenceIterators.TupleIterator((PyTuple) self, false));
        Methods.def0(TUPLE, "__hash__", self -> Hash.hashTuple((PyTuple) self));
        Methods.def0(TUPLE, "__repr__", self -> Repr.builtinRepr(self));
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(TUPLE, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(TUPLE, "__add__", (self, other) -> {
            if (!(other instanceof PyTuple)) {
                throw PyErrors.typeError("can only concatenate tuple (not \"" + BuiltinTypes.typeName(other) + "\") to tuple");
            }
            return BuiltinOps.binary(self, other, BinaryOp.ADD);
        });
        Methods.def1(TUPLE, "__mul__", (self, n) -> BuiltinOps.binary(self, n, BinaryOp.MUL));
        Methods.def1(TUPLE, "__rmul__", (self, n) -> BuiltinOps.binary(self, n, BinaryOp.MUL));
        Methods.defN(TUPLE, "index", 1, 3, (self, a) -> {
            PyTuple t = (PyTuple) self;
            long start = a.length > 1 ? ListType.bound(a[1], t.size()) : 0;
            long stop = a.length > 2 ? ListType.bound(a[2], t.size()) : t.size();
            int i = indexOf(t, a[0], (int) start, (int) stop);
            if (i < 0) {
                throw PyErrors.valueError("tuple.index(x): x not in tuple");
            }
            return (long) i;
        });
        Methods.def1(TUPLE, "count", (self, x) -> {
            long n = 0;
            for (Object o : ((PyTuple) self).items) {
                if (Compare.richCompareBool(o, x, CompareOp.EQ)) {
                    n++;
                }
            }
            return n;
        });
    }

    static int indexOf(PyTuple t, Object x, int start, int stop) {
        for (int i = start; i < Math.min(stop, t.size()); i++) {
            if (Compare.richCompareBool(t.items[i], x, CompareOp.EQ)) {
                return i;
            }
        }
        return -1;
    }
}
