package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.BUILTIN_FUNCTION;
import static pygil.runtime.builtins.BuiltinTypes.CLASSMETHOD;
import static pygil.runtime.builtins.BuiltinTypes.ELLIPSIS_TYPE;
import static pygil.runtime.builtins.BuiltinTypes.FUNCTION;
import static pygil.runtime.builtins.BuiltinTypes.METHOD;
import static pygil.runtime.builtins.BuiltinTypes.METHOD_DESCRIPTOR;
import static pygil.runtime.builtins.BuiltinTypes.MODULE;
import static pygil.runtime.builtins.BuiltinTypes.NONE_TYPE;
import static pygil.runtime.builtins.BuiltinTypes.NOT_IMPLEMENTED_TYPE;
import static pygil.runtime.builtins.BuiltinTypes.PROPERTY;
import static pygil.runtime.builtins.BuiltinTypes.RANGE;
import static pygil.runtime.builtins.BuiltinTypes.SLICE;
import static pygil.runtime.builtins.BuiltinTypes.STATICMETHOD;
import static pygil.runtime.builtins.BuiltinTypes.SUPER;

import pygil.runtime.call.ArgParser;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PEllipsis;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyClassMethod;
import pygil.runtime.object.PyMethod;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PySlice;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PySuper;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.RangeOps;
import pygil.runtime.ops.Repr;

/**
 * The methods of the small builtin types: singletons' types, function/method types, module,
 * descriptors (property, staticmethod, classmethod), super, range and slice.
 */
final class MiscTypes {
    private MiscTypes() {}

    private static Object[] rest(Object[] args) {
        return java.util.Arrays.copyOfRange(args, 1, args.length);
    }

    static void install() {
        singleton(NONE_TYPE, "NoneType", PNone.NONE, false);
        singleton(NOT_IMPLEMENTED_TYPE, "NotImplementedType", PNotImplemented.INSTANCE, true);
        singleton(ELLIPSIS_TYPE, "ellipsis", PEllipsis.INSTANCE, true);
        functions();
        module();
        descriptors();
        superType();
        range();
        slice();
    }

    private static void singleton(PyType t, String name, Object value, boolean truth) {
        Methods.defStatic(t, "__new__", (args, kw) -> {
            ArgParser.none(name, rest(args), kw);
            return value;
        });
        Methods.def0(t, "__repr__", self -> Repr.builtinRepr(self));
        Methods.def0(t, "__bool__", self -> truth);
    }

    private static void functions() {
        Methods.def(FUNCTION, "__get__", (args, kw) -> {
            Object[] a = ArgParser.unpack("__get__", rest(args), kw, 1, 2);
            return a[0] == PNone.NONE ? args[0] : new PyMethod(a[0], args[0]);
        });
        Methods.def(FUNCTION, "__call__", (args, kw) -> Call.call(args[0], rest(args), kw));
        Methods.def0(FUNCTION, "__repr__", self -> Repr.builtinRepr(self));
        for (PyType t : new PyType[] {BUILTIN_FUNCTION, METHOD_DESCRIPTOR}) {
            Methods.def(t, "__call__", (args, kw) -> Call.call(args[0], rest(args), kw));
            Methods.def0(t, "__repr__", self -> Repr.builtinRepr(self));
        }
        Methods.def(METHOD_DESCRIPTOR, "__get__", (args, kw) -> {
            Object[] a = ArgParser.unpack("__get__", rest(args), kw, 1, 2);
            return a[0] == PNone.NONE ? args[0] : ((PyBuiltinFunction) args[0]).bind(a[0]);
        });
        Methods.def(METHOD, "__call__", (args, kw) -> Call.call(args[0], rest(args), kw));
        Methods.def0(METHOD, "__repr__", self -> Repr.builtinRepr(self));
        Methods.def1(METHOD, "__eq__", (self, o) -> o instanceof PyMethod m && Compare.identical(((PyMethod) self).self, m.self) && ((PyMethod) self).function == m.function);
        Methods.def0(METHOD, "__hash__", self -> Hash.identityHash(((PyMethod) self).self) ^ Hash.hash(((PyMethod) self).function));
        Methods.def(METHOD, "__get__", (args, kw) -> args[0]);
    }

    private static void module() {
        Methods.defStatic(MODULE, "__new__", (args, kw) -> {
            Object[] p = ArgParser.parse("module", rest(args), kw, new String[] {"name", "doc"}, 0, 2, 1);
            PyModule m = new PyModule(StrType.str(p[0], "module.__init__() argument 'name' must be str"));
            if (p[1] != null) {
                m.dict.putString("__doc__", p[1]);
            }
            return m;
        });
        Methods.def(MODULE, "__init__", (args, kw) -> PNone.NONE);
        Methods.def0(MODULE, "__repr__", self -> Repr.builtinRepr(self));
        Methods.def0(MODULE, "__dir__", self -> {
            pygil.runtime.object.PyList l = new pygil.runtime.object.PyList(((PyModule) self).dict.keysArray(), ((PyModule) self).dict.size());
            Sorting.sort(l, null, false);
            return l;
        });
    }

    private static void descriptors() {
        Methods.defStatic(PROPERTY, "__new__", (args, kw) -> {
            Object[] p = ArgParser.parse("property", rest(args), kw, new String[] {"fget", "fset", "fdel", "doc"}, 0, 4, 0);
            Object doc = p[3];
            if ((doc == null || doc == PNone.NONE) && p[0] != null && p[0] != PNone.NONE) {
                doc = Attr.lookupAttr(p[0], "__doc__");
            }
            return new PyProperty(none(p[0]), none(p[1]), none(p[2]), doc == PNone.NONE ? null : doc);
        });
        Methods.def(PROPERTY, "__init__", (args, kw) -> PNone.NONE);
        Methods.def(PROPERTY, "__get__", (args, kw) -> {
            Object[] a = ArgParser.unpack("__get__", rest(args), kw, 1, 2);
            PyProperty p = (PyProperty) args[0];
            if (a[0] == PNone.NONE) {
                return p;
            }
            return Attr.bindDescriptor(p, a[0], BuiltinTypes.typeOf(a[0]));
        });
        Methods.def2(PROPERTY, "__set__", (self, obj, value) -> {
            PyProperty p = (PyProperty) self;
            if (p.fset == null) {
                throw PyErrors.attributeError("property '" + p.getName() + "' of '" + BuiltinTypes.typeName(obj) + "' object has no setter");
            }
            Call.call2(p.fset, obj, value);
            return PNone.NONE;
        });
        Methods.def1(PROPERTY, "__delete__", (self, obj) -> {
            PyProperty p = (PyProperty) self;
            if (p.fdel == null) {
                throw PyErrors.attributeError("property '" + p.getName() + "' of '" + BuiltinTypes.typeName(obj) + "' object has no deleter");
            }
            Call.call1(p.fdel, obj);
            return PNone.NONE;
        });
        Methods.def1(PROPERTY, "getter", (self, f) -> ((PyProperty) self).withAccessor(0, none(f)));
        Methods.def1(PROPERTY, "setter", (self, f) -> ((PyProperty) self).withAccessor(1, none(f)));
        Methods.def1(PROPERTY, "deleter", (self, f) -> ((PyProperty) self).withAccessor(2, none(f)));
        Methods.def2(PROPERTY, "__set_name__", (self, owner, name) -> {
            if (name instanceof String s) {
                ((PyProperty) self).setName(s);
            }
            return PNone.NONE;
        });

        Methods.defStatic(STATICMETHOD, "__new__", (args, kw) -> {
            Object[] a = ArgParser.unpack("staticmethod", rest(args), kw, 1, 1);
            return new PyStaticMethod(a[0]);
        });
        Methods.def(STATICMETHOD, "__init__", (args, kw) -> PNone.NONE);
        Methods.def(STATICMETHOD, "__get__", (args, kw) -> ((PyStaticMethod) args[0]).callable);
        Methods.def(STATICMETHOD, "__call__", (args, kw) -> Call.call(((PyStaticMethod) args[0]).callable, rest(args), kw));
        Methods.def0(STATICMETHOD, "__repr__", self -> Repr.builtinRepr(self));
        Methods.defStatic(CLASSMETHOD, "__new__", (args, kw) -> {
            Object[] a = ArgParser.unpack("classmethod", rest(args), kw, 1, 1);
            return new PyClassMethod(a[0]);
        });
        Methods.def(CLASSMETHOD, "__init__", (args, kw) -> PNone.NONE);
        Methods.def(CLASSMETHOD, "__get__", (args, kw) -> {
            Object[] a = ArgParser.unpack("__get__", rest(args), kw, 1, 2);
            Object type = a.length > 1 && a[1] != PNone.NONE ? a[1] : BuiltinTypes.typeOf(a[0]);
            return new PyMethod(type, ((PyClassMethod) args[0]).callable);
        });
        Methods.def0(CLASSMETHOD, "__repr__", self -> Repr.builtinRepr(self));
    }

    private static Object none(Object o) {
        return o == null || o == PNone.NONE ? null : o;
    }

    private static void superType() {
        Methods.defStatic(SUPER, "__new__", (args, kw) -> {
            Object[] a = rest(args);
            ArgParser.noKeywords("super", kw);
            if (a.length > 2) {
                throw PyErrors.typeError("super() expected at most 2 arguments, got " + a.length);
            }
            if (a.length == 0) {
                throw PyErrors.runtimeError("super(): no arguments");
            }
            return PySuper.create(a[0], a.length > 1 ? a[1] : null);
        });
        Methods.def(SUPER, "__init__", (args, kw) -> PNone.NONE);
        Methods.def0(SUPER, "__repr__", self -> Repr.builtinRepr(self));
    }

    private static void range() {
        Methods.defStatic(RANGE, "__new__", (args, kw) -> {
            Object[] a = ArgParser.unpack("range", rest(args), kw, 1, 3);
            if (a.length == 1) {
                return PyRange.of(0L, Numbers.index(a[0]), 1L);
            }
            Object step = a.length == 3 ? Numbers.index(a[2]) : 1L;
            Object start = Numbers.index(a[0]);
            Object stop = Numbers.index(a[1]);
            if (pygil.runtime.num.IntMath.signum(step) == 0) {
                throw PyErrors.valueError("range() arg 3 must not be zero");
            }
            return PyRange.of(start, stop, step);
        });
        Methods.def0(RANGE, "__len__", self -> RangeOps.len((PyRange) self));
        Methods.def1(RANGE, "__getitem__", (self, k) -> RangeOps.getItem((PyRange) self, k));
        Methods.def0(RANGE, "__iter__", self -> RangeOps.iterator((PyRange) self));
        Methods.def0(RANGE, "__reversed__", self -> RangeOps.reversed((PyRange) self));
        Methods.def1(RANGE, "__contains__", (self, x) -> RangeOps.contains((PyRange) self, x));
        Methods.def0(RANGE, "__bool__", self -> RangeOps.isTrue((PyRange) self));
        Methods.def0(RANGE, "__repr__", self -> Repr.builtinRepr(self));
        Methods.def0(RANGE, "__hash__", self -> RangeOps.hash((PyRange) self));
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(RANGE, op.dunder, (self, other) -> Compare.builtinCompare(self, other, op));
        }
        Methods.def1(RANGE, "index", (self, x) -> RangeOps.index((PyRange) self, x));
        Methods.def1(RANGE, "count", (self, x) -> RangeOps.count((PyRange) self, x));
    }

    private static void slice() {
        SLICE.getDict().putString("__hash__", PNone.NONE);
        Methods.defStatic(SLICE, "__new__", (args, kw) -> {
            Object[] a = ArgParser.unpack("slice", rest(args), kw, 1, 3);
            if (a.length == 1) {
                return new PySlice(PNone.NONE, a[0], PNone.NONE);
            }
            return new PySlice(a[0], a[1], a.length > 2 ? a[2] : PNone.NONE);
        });
        Methods.def0(SLICE, "__repr__", self -> Repr.builtinRepr(self));
        Methods.def1(SLICE, "indices", (self, len) -> {
            long n = Numbers.asLong(len);
            if (n < 0) {
                throw PyErrors.valueError("length should not be negative");
            }
            long[] r = Items.sliceIndices((PySlice) self, n);
            return PyTuple.of(r[0], r[1], r[2]);
        });
        for (CompareOp op : CompareOp.values()) {
            Methods.def1(SLICE, op.dunder, (self, other) -> {
                if (!(other instanceof PySlice o)) {
                    return PNotImplemented.INSTANCE;
                }
                PySlice s = (PySlice) self;
                return Compare.richCompare(PyTuple.of(s.start, s.stop, s.step), PyTuple.of(o.start, o.stop, o.step), op);
            });
        }
    }

}
