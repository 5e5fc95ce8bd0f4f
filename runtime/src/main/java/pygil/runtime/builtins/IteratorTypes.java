package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.ENUMERATE;
import static pygil.runtime.builtins.BuiltinTypes.FILTER;
import static pygil.runtime.builtins.BuiltinTypes.MAP;
import static pygil.runtime.builtins.BuiltinTypes.REVERSED;
import static pygil.runtime.builtins.BuiltinTypes.ZIP;

import pygil.runtime.call.ArgParser;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.iterators.FunctionalIterators;
import pygil.runtime.iterators.SequenceIterators;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.PyIterator;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.Truth;

/**
 * The iterator types' methods ({@code __iter__} returning self, {@code __next__} raising
 * StopIteration) and the constructors of {@code enumerate}, {@code zip}, {@code map},
 * {@code filter} and {@code reversed}; the dict views' methods.
 */
public final class IteratorTypes {
    private IteratorTypes() {}

    private static Object[] rest(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    /** Installs {@code __iter__}/{@code __next__} on an iterator type (also used for generators). */
    public static void installIteratorMethods(PyType t) {
        Methods.def0(t, "__iter__", self -> self);
        Methods.def0(t, "__next__", self -> {
            Object v = ((PyIterator) self).next();
            if (v == Iter.STOP) {
                throw PyErrors.stopIteration(null);
            }
            return v;
        });
    }

    static void install() {
        for (PyType t : new PyType[] {BuiltinTypes.LIST_ITERATOR, BuiltinTypes.LIST_REVERSEITERATOR, BuiltinTypes.TUPLE_ITERATOR, BuiltinTypes.STR_ITERATOR,
                        BuiltinTypes.BYTES_ITERATOR, BuiltinTypes.RANGE_ITERATOR, BuiltinTypes.DICT_KEYITERATOR, BuiltinTypes.DICT_VALUEITERATOR,
                        BuiltinTypes.DICT_ITEMITERATOR, BuiltinTypes.DICT_REVERSEKEYITERATOR, BuiltinTypes.SET_ITERATOR, BuiltinTypes.SEQ_ITERATOR,
                        BuiltinTypes.CALLABLE_ITERATOR, ENUMERATE, ZIP, MAP, FILTER, REVERSED}) {
            installIteratorMethods(t);
        }
        Methods.def0(BuiltinTypes.LIST_ITERATOR, "__length_hint__", self -> (long) ((SequenceIterators.ListIterator) self).remaining());
        Methods.defStatic(ENUMERATE, "__new__", (args, kw) -> {
            Object[] p = ArgParser.parse("enumerate", rest(args), kw, new String[] {"iterable", "start"}, 0, 2, 0);
            if (p[0] == null) {
                throw PyErrors.typeError("enumerate() missing required argument 'iterable'");
            }
            Object start = p[1] == null ? 0L : pygil.runtime.ops.Numbers.index(p[1]);
            return new FunctionalIterators.Enumerate(Iter.getIter(p[0]), start);
        });
        Methods.defStatic(ZIP, "__new__", (args, kw) -> {
            int npos = args.length - kw.length;
            boolean strict = false;
            for (int i = 0; i < kw.length; i++) {
                if (!kw[i].equals("strict")) {
                    throw PyErrors.typeError("'" + kw[i] + "' is an invalid keyword argument for zip()");
                }
                strict = Truth.isTrue(args[npos + i]);
            }
            Object[] its = new Object[npos - 1];
            for (int i = 1; i < npos; i++) {
                its[i - 1] = Iter.getIter(args[i]);
            }
            return new FunctionalIterators.Zip(its, strict);
        });
        Methods.defStatic(MAP, "__new__", (args, kw) -> {
            ArgParser.noKeywords("map", kw);
            if (args.length < 3) {
                throw PyErrors.typeError("map() must have at least two arguments.");
            }
            Object[] its = new Object[args.length - 2];
            for (int i = 2; i < args.length; i++) {
                its[i - 2] = Iter.getIter(args[i]);
            }
            return new FunctionalIterators.MapIterator(args[1], its);
        });
        Methods.defStatic(FILTER, "__new__", (args, kw) -> {
            Object[] a = ArgParser.unpack("filter", rest(args), kw, 2, 2);
            return new FunctionalIterators.FilterIterator(a[0], Iter.getIter(a[1]));
        });
        Methods.defStatic(REVERSED, "__new__", (args, kw) -> {
            Object[] a = ArgParser.unpack("reversed", rest(args), kw, 1, 1);
            return reversed(a[0]);
        });
        views();
    }

    /** {@code reversed(seq)} (Equivalent of {@code reversed_new_impl}). */
    static Object reversed(Object seq) {
        PyType t = BuiltinTypes.typeOf(seq);
        if (t.isBuiltin()) {
            if (seq instanceof PyList l) {
                return new SequenceIterators.ListReverseIterator(l);
            }
            if (seq instanceof PyTuple tu) {
                return new SequenceIterators.TupleIterator(tu, true);
            }
            if (seq instanceof String s) {
                return new SequenceIterators.StrIterator(s, true);
            }
        }
        Object m = t.lookup("__reversed__");
        if (m == PNone.NONE) {
            throw PyErrors.typeError("'" + t.getName() + "' object is not reversible");
        }
        if (m != null) {
            return Call.callUnbound(m, seq, t, new Object[0]);
        }
        if (t.lookup("__len__") == null || t.lookup("__getitem__") == null || seq instanceof pygil.runtime.object.PyDict) {
            throw PyErrors.typeError("'" + t.getName() + "' object is not reversible");
        }
        return new FunctionalIterators.ReversedSequence(seq, Items.len(seq));
    }

    private static void views() {
        for (PyType t : new PyType[] {BuiltinTypes.DICT_KEYS, BuiltinTypes.DICT_VALUES, BuiltinTypes.DICT_ITEMS}) {
            Methods.def0(t, "__len__", self -> (long) ((DictViews.View) self).size());
            Methods.def0(t, "__iter__", self -> ((DictViews.View) self).iterator());
            Methods.def0(t, "__reversed__", self -> ((DictViews.View) self).reversedIterator());
            Methods.def1(t, "__contains__", (self, x) -> ((DictViews.View) self).contains(x));
            Methods.def0(t, "__repr__", self -> Repr.builtinRepr(self));
            t.getDict().putString("mapping", new pygil.runtime.object.PyProperty(
                            new pygil.runtime.object.PyBuiltinFunction("mapping", (a, k) -> ((DictViews.View) a[0]).dict), null, null, null).makeImmortal());
            if (t == BuiltinTypes.DICT_VALUES) {
                continue;
            }
            t.getDict().putString("__hash__", PNone.NONE);
            for (BinaryOp op : new BinaryOp[] {BinaryOp.OR, BinaryOp.AND, BinaryOp.SUB, BinaryOp.XOR}) {
                Methods.def1(t, op.dunder, (self, o) -> DictViews.setOp(self, o, op));
                Methods.def1(t, op.reflected, (self, o) -> DictViews.setOp(o, self, op));
            }
            for (CompareOp op : CompareOp.values()) {
                Methods.def1(t, op.dunder, (self, o) -> {
                    if (!(o instanceof PyAbstractSet) && !(o instanceof DictViews.View v && v.isSetLike())) {
                        return PNotImplemented.INSTANCE;
                    }
                    return Compare.builtinCompare(((DictViews.View) self).toSet(), o instanceof DictViews.View v ? v.toSet() : o, op);
                });
            }
            Methods.def1(t, "isdisjoint", (self, o) -> {
                DictViews.View v = (DictViews.View) self;
                Object it = Iter.getIter(o);
                for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
                    if (v.contains(x)) {
                        return false;
                    }
                }
                return true;
            });
        }
    }

}
