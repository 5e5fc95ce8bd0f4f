package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.OBJECT;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.Truth;

/**
 * The methods of {@code object} (Equivalent of {@code object_new}, {@code object_init},
 * {@code object_richcompare}, {@code object_repr}, {@code PyObject_GenericSetAttr}, ...). The
 * fields let the protocols recognize the defaults (e.g. {@code Hash} does not call
 * {@link #HASH}, it hashes by identity directly).
 */
public final class ObjectType {
    private ObjectType() {}

    public static PyBuiltinFunction NEW;
    /** The staticmethod wrapping {@link #NEW}, as found by {@code type.lookup("__new__")}. */
    public static Object NEW_DESCR;
    public static PyBuiltinFunction INIT;
    public static PyBuiltinFunction HASH;
    public static PyBuiltinFunction REPR;
    public static PyBuiltinFunction STR;
    public static PyBuiltinFunction FORMAT;
    public static PyBuiltinFunction SETATTR;
    public static PyBuiltinFunction DELATTR;
    public static PyBuiltinFunction EQ;
    public static Object INIT_SUBCLASS;

    static void install() {
        NEW = Methods.defStatic(OBJECT, "__new__", (args, kw) -> objectNew(args, kw));
        NEW_DESCR = OBJECT.getDict().getString("__new__");
        INIT = Methods.def(OBJECT, "__init__", (args, kw) -> objectInit(args, kw));
        HASH = Methods.def0(OBJECT, "__hash__", self -> Hash.identityHash(self));
        REPR = Methods.def0(OBJECT, "__repr__", self -> Repr.defaultRepr(self));
        STR = Methods.def0(OBJECT, "__str__", self -> Repr.repr(self));
        FORMAT = Methods.def1(OBJECT, "__format__", (self, spec) -> {
            if (!(spec instanceof String s)) {
                throw PyErrors.typeError("__format__() argument must be str, not " + BuiltinTypes.typeName(spec));
            }
            return Repr.objectFormat(self, s);
        });
        SETATTR = Methods.def2(OBJECT, "__setattr__", (self, name, value) -> {
            Attr.genericSetAttr(self, attrName(name), value);
            return PNone.NONE;
        });
        DELATTR = Methods.def1(OBJECT, "__delattr__", (self, name) -> {
            Attr.genericSetAttr(self, attrName(name), null);
            return PNone.NONE;
        });
        Methods.def1(OBJECT, "__getattribute__", (self, name) -> {
            Object v = Attr.genericGetAttr(self, BuiltinTypes.typeOf(self), attrName(name));
            if (v == null) {
                throw Attr.noAttribute(self, (String) name);
            }
            return v;
        });
        EQ = Methods.def1(OBJECT, "__eq__", (self, other) -> self == other ? Boolean.TRUE : PNotImplemented.INSTANCE);
        Methods.def1(OBJECT, "__ne__", (self, other) -> {
            // object.__ne__ inverts __eq__ unless that is NotImplemented.
            Object eq = Compare.richCompareSlotEq(self, other);
            return eq == PNotImplemented.INSTANCE ? eq : (Object) !Truth.isTrue(eq);
        });
        for (CompareOp op : new CompareOp[] {CompareOp.LT, CompareOp.LE, CompareOp.GT, CompareOp.GE}) {
            Methods.def1(OBJECT, op.dunder, (self, other) -> PNotImplemented.INSTANCE);
        }
        Methods.defClass(OBJECT, "__init_subclass__", (args, kw) -> {
            ArgParser.none("__init_subclass__", java.util.Arrays.copyOfRange(args, 1, args.length), kw);
            return PNone.NONE;
        });
        INIT_SUBCLASS = OBJECT.getDict().getString("__init_subclass__");
        Methods.defClass(OBJECT, "__subclasshook__", (args, kw) -> PNotImplemented.INSTANCE);
        Methods.def0(OBJECT, "__dir__", self -> BuiltinFunctions.dirOf(self));
        Methods.def0(OBJECT, "__sizeof__", self -> 16L);
        OBJECT.getDict().putString("__doc__", "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n");
    }

    static String attrName(Object name) {
        if (!(pygil.runtime.object.PyValueSub.unwrap(name) instanceof String s)) {
            throw PyErrors.typeError("attribute name must be string, not '" + BuiltinTypes.typeName(name) + "'");
        }
        return s;
    }

    private static Object objectNew(Object[] args, String[] kw) {
        if (args.length == 0) {
            throw PyErrors.typeError("object.__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw PyErrors.typeError("object.__new__(X): X is not a type object (" + BuiltinTypes.typeName(args[0]) + ")");
        }
        if (args.length > 1 || kw.length > 0) {
            if (cls.lookup("__new__") != NEW_DESCR) {
                throw PyErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == INIT) {
                throw PyErrors.typeError(cls.getName() + "() takes no arguments");
            }
        }
        return cls.newInstance();
    }

    private static Object objectInit(Object[] args, String[] kw) {
        if (args.length > 1 || kw.length > 0) {
            PyType t = BuiltinTypes.typeOf(args[0]);
            if (t.lookup("__init__") != INIT) {
                throw PyErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (t.lookup("__new__") == NEW_DESCR) {
                throw PyErrors.typeError(t.getName() + "() takes no arguments");
            }
        }
        return PNone.NONE;
    }

}
