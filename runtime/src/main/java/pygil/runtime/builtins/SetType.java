package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.FROZENSET;
import static pygil.runtime.builtins.BuiltinTypes.SET;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.iterators.DictIterators;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.PyFrozenSet;
import pygil.runtime.object.PySet;
import pygil.runtime.object.PySetSub;
import pygil.runtime.object.PyFrozenSetSub;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Repr;

/** The methods of {@code set} and {@code frozenset} (Equivalent of {@code Objects/setobject.c}'s tables). */
final class SetType {
    private SetType() {}

    /** Any iterable as a set (for the methods that accept iterables, e.g. {@code issubset}). */
    private static PyAbstractSet asSet(Object o) {
        if (o instanceof PyAbstractSet s) {
            return s;
        }
        PySet s = new PySet();
        SetOps.update(s, o);
        return s;
    }

    static void install() {
        SET.getDict().putString("__hash__", PNone.NONE);
        Methods.defStatic(SET, "__new__", (args, kw) -> {
            PyType cls = Methods.newClass(SET, args);
            return cls == SET ? new PySet() : new PySetSub(cls);
        });
        Methods.def(SET, "__init__", (args, kw) -> {
            Object[] a = ArgParser.unpack("set", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            PySet s = (PySet) args[0];
            s.clear();
            if (a.length == 1) {
                SetOps.update(s, a[0]);
            }
            return PNone.NONE;
        });
        Methods.defStatic(FROZENSET, "__new__", (args, kw) -> {
            Object[] a = ArgParser.unpack("frozenset", java.util.Arrays.copyOfRange(args, 1, args.length), kw, 0, 1);
            PyType cls = Methods.newClass(FROZENSET, args);
            if (cls == FROZENSET && a.length == 1 && a[0] instanceof PyFrozenSet f && f.getType() == FROZENSET) {
                return f;
            }
            PyFrozenSet f = cls == FROZENSET ? new PyFrozenSet() : new PyFrozenSetSub(cls);
            if (a.length == 1) {
                SetOps.update(f, a[0]);
            }
            return f;
        });
        for (PyType t : new PyType[] {SET, FROZENSET}) {
            installCommon(t);
        }
        Methods.def0(FROZENSET, "__hash__", self -> ((PyFrozenSet) self).hash());
        Methods.def1(SET, "add", (self, x) -> {
            ((PySet) self).add(x);
            return PNone.NONE;
        });
        Methods.def1(SET, "discard", (self, x) -> {
            ((PySet) self).discard(Compare.setKey(x));
            return PNone.NONE;
        });
        Methods.def1(SET, "remove", (self, x) -> {
            if (!((PySet) self).discard(Compare.setKey(x))) {
                throw PyErrors.keyError(x);
            }
            return PNone.NONE;
        });
        Methods.def0(SET, "pop", self -> {
            Object k = ((PySet) self).pop();
            if (k == null) {
                throw PyErrors.keyError("pop from an empty set");
            }
            return k;
        });
        Methods.def0(SET, "clear", self -> {
            ((PySet) self).clear();
            return PNone.NONE;
        });
        Methods.def(SET, "update", (args, kw) -> {
            ArgParser.noKeywords("update", kw);
            for (int i = 1; i < args.length; i++) {
                SetOps.update((PySet) args[0], args[i]);
            }
            return PNone.NONE;
        });
        Methods.def(SET, "intersection_update", (args, kw) -> {
            ArgParser.noKeywords("intersection_update", kw);
            for (int i = 1; i < args.length; i++) {
                SetOps.intersectionUpdate((PySet) args[0], args[i]);
            }
            return PNone.NONE;
        });
        Methods.def(SET, "difference_update", (args, kw) -> {
            ArgParser.noKeywords("difference_update", kw);
            for (int i = 1; i < args.length; i++) {
                SetOps.differenceUpdate((PySet) args[0], args[i]);
            }
            return PNone.NONE;
        });
        Methods.def1(SET, "symmetric_difference_update", (self, o) -> {
            SetOps.symmetricDifferenceUpdate((PySet) self, o);
            return PNone.NONE;
        });
        for (BinaryOp op : new BinaryOp[] {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUB, BinaryOp.XOR}) {
            Methods.def1(SET, op.inplace, (self, o) -> o instanceof PyAbstractSet s ? SetOps.inplace((PySet) self, s, op) : pygil.runtime.object.PNotImplemented.INSTANCE);
        }
    }

    private static void installCommon(PyType t) {
        Methods.def0(t, "__len__", self -> (long) ((PyAbstractSet) self).size());
        Methods.def1(t, "__contains__", (self, x) -> Compare.setContains((PyAbstractSet) self, x));
        Methods.def0(t, "__iter__", self -> new DictIterators.SetIterator((PyAbstractSet) self));
        Methods.def0(t, "__repr__", self -> Repr.builtinRepr(self));
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(t, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        for (BinaryOp op : new BinaryOp[] {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUB, BinaryOp.XOR}) {
            Methods.def1(t, op.dunder, (self, o) -> o instanceof PyAbstractSet s ? SetOps.binary((PyAbstractSet) self, s, op) : pygil.runtime.object.PNotImplemented.INSTANCE);
            Methods.def1(t, op.reflected, (self, o) -> o instanceof PyAbstractSet s ? SetOps.binary(s, (PyAbstractSet) self, op) : pygil.runtime.object.PNotImplemented.INSTANCE);
        }
        Methods.def0(t, "copy", self -> t == FROZENSET && ((PyAbstractSet) self).getType() == FROZENSET ? self : SetOps.copy((PyAbstractSet) self, self));
        Methods.def(t, "union", (args, kw) -> {
            ArgParser.noKeywords("union", kw);
            PyAbstractSet r = SetOps.copy((PyAbstractSet) args[0], args[0]);
            for (int i = 1; i < args.length; i++) {
                SetOps.update(r, args[i]);
            }
            return r;
        });
        Methods.def(t, "intersection", (args, kw) -> {
            ArgParser.noKeywords("intersection", kw);
            PyAbstractSet r = (PyAbstractSet) args[0];
            if (args.length == 1) {
                return SetOps.copy(r, r);
            }
            for (int i = 1; i < args.length; i++) {
                r = SetOps.intersection(r, args[i]);
            }
            return r;
        });
        Methods.def(t, "difference", (args, kw) -> {
            ArgParser.noKeywords("difference", kw);
            PyAbstractSet so = (PyAbstractSet) args[0];
            if (args.length == 1) {
                return SetOps.copy(so, so);
            }
            PyAbstractSet r = SetOps.difference(so, args[1]);
            for (int i = 2; i < args.length; i++) {
                r = SetOps.difference(r, args[i]);
            }
            return r;
        });
        Methods.def1(t, "symmetric_difference", (self, o) -> {
            PyAbstractSet r = SetOps.copy((PyAbstractSet) self, o);
            SetOps.symmetricDifferenceUpdate(r, self);
            return r;
        });
        Methods.def1(t, "issubset", (self, o) -> Compare.isSubset((PyAbstractSet) self, asSet(o)));
        Methods.def1(t, "issuperset", (self, o) -> Compare.isSubset(asSet(o), (PyAbstractSet) self));
        Methods.def1(t, "isdisjoint", (self, o) -> {
            PyAbstractSet s = (PyAbstractSet) self;
            Object it = pygil.runtime.ops.Iter.getIter(o);
            for (Object x = pygil.runtime.ops.Iter.next(it); x != pygil.runtime.ops.Iter.STOP; x = pygil.runtime.ops.Iter.next(it)) {
                if (s.contains(x)) {
                    return false;
                }
            }
            return true;
        });
    }
}
