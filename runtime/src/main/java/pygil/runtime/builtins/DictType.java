package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.DICT;

import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.iterators.DictIterators;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Repr;

/** The methods of {@code dict} (Equivalent of {@code Objects/dictobject.c}'s method table). */
public final class DictType {
    private DictType() {}

    static void install() {
        DICT.getDict().putString("__hash__", PNone.NONE);
        Methods.defStatic(DICT, "__new__", (args, kw) -> {
            PyType cls = (PyType) args[0];
            return cls == DICT ? new PyDict() : cls.newInstance();
        });
        Methods.def(DICT, "__init__", (args, kw) -> {
            int npos = args.length - kw.length;
            if (npos > 2) {
                throw PyErrors.typeError("dict expected at most 1 argument, got " + (npos - 1));
            }
            PyDict d = (PyDict) args[0];
            if (npos == 2) {
                update(d, args[1]);
            }
            for (int i = 0; i < kw.length; i++) {
                d.putString(kw[i], args[npos + i]);
            }
            return PNone.NONE;
        });
        Methods.def1(DICT, "__getitem__", (self, key) -> getItem((PyDict) self, key));
        Methods.def2(DICT, "__setitem__", (self, key, value) -> {
            ((PyDict) self).setItem(key, value);
            return PNone.NONE;
        });
        Methods.def1(DICT, "__delitem__", (self, key) -> {
            if (!((PyDict) self).delItem(key)) {
                throw PyErrors.keyError(key);
            }
            return PNone.NONE;
        });
        Methods.def1(DICT, "__contains__", (self, key) -> ((PyDict) self).containsKey(key));
        Methods.def0(DICT, "__len__", self -> (long) ((PyDict) self).size());
        Methods.def0(DICT, "__iter__", self -> new DictIterators.DictIterator((PyDict) self, DictIterators.Kind.KEYS, false));
        Methods.def0(DICT, "__reversed__", self -> new DictIterators.DictIterator((PyDict) self, DictIterators.Kind.KEYS, true));
        Methods.def0(DICT, "__repr__", self -> Repr.builtinRepr(self));
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(DICT, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(DICT, "__or__", (self, other) -> pygil.runtime.ops.BuiltinOps.binary(self, other, pygil.runtime.ops.BinaryOp.OR));
        Methods.def1(DICT, "__ror__", (self, other) -> {
            if (!(other instanceof PyDict o)) {
                return PNotImplemented.INSTANCE;
            }
            PyDict r = o.copy();
            r.update((PyDict) self);
            return r;
        });
        Methods.def1(DICT, "__ior__", (self, other) -> {
            update((PyDict) self, other);
            return self;
        });
        Methods.defN(DICT, "get", 1, 2, (self, a) -> {
            Object v = ((PyDict) self).getItem(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PNone.NONE;
        });
        Methods.defN(DICT, "setdefault", 1, 2, (self, a) -> {
            PyDict d = (PyDict) self;
            Object v = d.getItem(a[0]);
            if (v == null) {
                v = a.length > 1 ? a[1] : PNone.NONE;
                d.setItem(a[0], v);
            }
            return v;
        });
        Methods.defN(DICT, "pop", 1, 2, (self, a) -> {
            Object v = ((PyDict) self).pop(a[0]);
            if (v == null) {
                if (a.length > 1) {
                    return a[1];
                }
                throw PyErrors.keyError(a[0]);
            }
            return v;
        });
        Methods.def0(DICT, "popitem", self -> {
            Object[] kv = ((PyDict) self).popItem();
            if (kv == null) {
                throw PyErrors.keyError("popitem(): dictionary is empty");
            }
            return PyTuple.of(kv);
        });
        Methods.def0(DICT, "keys", self -> new DictViews.View((PyDict) self, DictIterators.Kind.KEYS));
        Methods.def0(DICT, "values", self -> new DictViews.View((PyDict) self, DictIterators.Kind.VALUES));
        Methods.def0(DICT, "items", self -> new DictViews.View((PyDict) self, DictIterators.Kind.ITEMS));
        Methods.def(DICT, "update", (args, kw) -> {
            int npos = args.length - kw.length;
            if (npos > 2) {
                throw PyErrors.typeError("update expected at most 1 argument, got " + (npos - 1));
            }
            PyDict d = (PyDict) args[0];
            if (npos == 2) {
                update(d, args[1]);
            }
            for (int i = 0; i < kw.length; i++) {
                d.putString(kw[i], args[npos + i]);
            }
            return PNone.NONE;
        });
        Methods.def0(DICT, "copy", self -> ((PyDict) self).copy());
        Methods.def0(DICT, "clear", self -> {
            ((PyDict) self).clear();
            return PNone.NONE;
        });
        Methods.defClass(DICT, "fromkeys", (args, kw) -> {
            Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            pygil.runtime.call.ArgParser.unpack("fromkeys", rest, kw, 1, 2);
            Object value = rest.length > 1 ? rest[1] : PNone.NONE;
            PyType cls = (PyType) args[0];
            Object d = Call.call0(cls);
            Object it = Iter.getIter(rest[0]);
            for (Object k = Iter.next(it); k != Iter.STOP; k = Iter.next(it)) {
                Items.setItem(d, k, value);
            }
            return d;
        });
    }

    /** {@code d[key]}, calling {@code __missing__} of a subclass (Equivalent of {@code dict_subscript}). */
    public static Object getItem(PyDict d, Object key) {
        Object v = d.getItem(key);
        if (v != null) {
            return v;
        }
        if (d.getType() != DICT) {
            Object missing = d.getType().lookup("__missing__");
            if (missing != null) {
                return Call.callUnbound(missing, d, d.getType(), new Object[] {key});
            }
        }
        throw PyErrors.keyError(key);
    }

    /**
     * {@code d.update(other)} (Equivalent of {@code dict_update_arg}): a dict, an object with
     * {@code keys()}, or an iterable of pairs.
     */
    public static void update(PyDict d, Object other) {
        if (other instanceof PyDict o) {
            d.update(o);
            return;
        }
        if (Attr.lookupAttr(other, "keys") != null) {
            Object keys = Call.call0(Attr.getAttr(other, "keys"));
            Object it = Iter.getIter(keys);
            for (Object k = Iter.next(it); k != Iter.STOP; k = Iter.next(it)) {
                d.setItem(k, Items.getItem(other, k));
            }
            return;
        }
        Object it = Iter.getIter(other);
        int i = 0;
        for (Object item = Iter.next(it); item != Iter.STOP; item = Iter.next(it), i++) {
            Object[] kv;
            try {
                kv = Iter.toArray(item);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.TYPE_ERROR)) {
                    throw PyErrors.typeError("cannot convert dictionary update sequence element #" + i + " to a sequence");
                }
                throw e;
            }
            if (kv.length != 2) {
                throw PyErrors.valueError("dictionary update sequence element #" + i + " has length " + kv.length + "; 2 is required");
            }
            d.setItem(kv[0], kv[1]);
        }
    }
}
