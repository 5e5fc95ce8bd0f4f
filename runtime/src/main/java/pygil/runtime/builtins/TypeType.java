package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.TYPE;

import pygil.runtime.call.ArgParser;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Repr;

/** The methods of {@code type} (Equivalent of {@code type_new}, {@code type_call}, {@code type_mro}). */
final class TypeType {
    private TypeType() {}

    static void install() {
        Methods.defStatic(TYPE, "__new__", (args, kw) -> {
            if (args.length == 0 || !(args[0] instanceof PyType meta)) {
                throw PyErrors.typeError("type.__new__(X): X is not a type object");
            }
            return typeNew(meta, java.util.Arrays.copyOfRange(args, 1, args.length), kw);
        });
        Methods.def(TYPE, "__init__", (args, kw) -> pygil.runtime.object.PNone.NONE);
        Methods.def(TYPE, "__call__", (args, kw) -> TypeCall.callDefault((PyType) args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kw));
        Methods.def2(TYPE, "__setattr__", (self, name, value) -> {
            Attr.typeSetAttr((PyType) self, ObjectType.attrName(name), value);
            return pygil.runtime.object.PNone.NONE;
        });
        Methods.def1(TYPE, "__delattr__", (self, name) -> {
            Attr.typeSetAttr((PyType) self, ObjectType.attrName(name), null);
            return pygil.runtime.object.PNone.NONE;
        });
        Methods.def0(TYPE, "mro", self -> new PyList(((PyType) self).getMro().clone(), ((PyType) self).getMro().length));
        Methods.def0(TYPE, "__subclasses__", self -> ((PyType) self).getSubclasses());
        Methods.def0(TYPE, "__repr__", self -> Repr.typeRepr((PyType) self));
        Methods.def1(TYPE, "__instancecheck__", (self, obj) -> BuiltinTypes.typeOf(obj).isSubtypeOf((PyType) self));
        Methods.def1(TYPE, "__subclasscheck__", (self, sub) -> sub instanceof PyType s && s.isSubtypeOf((PyType) self));
        Methods.defClass(TYPE, "__prepare__", (args, kw) -> new PyDict());
        Metaclasses.typeNew = TYPE.getDict().getString("__new__");
        Metaclasses.typeCall = TYPE.getDict().getString("__call__");
        Metaclasses.typeInstanceCheck = TYPE.getDict().getString("__instancecheck__");
        Metaclasses.typeSubclassCheck = TYPE.getDict().getString("__subclasscheck__");
    }

    /** {@code type(x)} or {@code type(name, bases, dict)}. */
    static Object typeNew(PyType meta, Object[] args, String[] kw) {
        int npos = args.length - kw.length;
        if (npos == 1 && kw.length == 0 && meta == TYPE) {
            return BuiltinTypes.typeOf(args[0]);
        }
        if (npos != 3) {
            throw PyErrors.typeError(meta == TYPE ? "type() takes 1 or 3 arguments" : "type.__new__() takes exactly 3 arguments (" + npos + " given)");
        }
        if (!(args[0] instanceof String name)) {
            throw PyErrors.typeError("type.__new__() argument 1 must be str, not " + BuiltinTypes.typeName(args[0]));
        }
        if (!(args[1] instanceof PyTuple bases)) {
            throw PyErrors.typeError("type.__new__() argument 2 must be tuple, not " + BuiltinTypes.typeName(args[1]));
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErrors.typeError("type.__new__() argument 3 must be dict, not " + BuiltinTypes.typeName(args[2]));
        }
        PyDict kwargs = null;
        if (kw.length > 0) {
            kwargs = new PyDict();
            for (int i = 0; i < kw.length; i++) {
                kwargs.putString(kw[i], args[npos + i]);
            }
        }
        ArgParser.positionalCount(args, kw);
        PyType winner = Metaclasses.calculate(meta, bases);
        if (winner != meta && !Metaclasses.usesTypeNew(winner)) {
            Object newDescr = winner.lookup("__new__");
            Object f = newDescr instanceof pygil.runtime.object.PyStaticMethod s ? s.callable : newDescr;
            return pygil.runtime.call.Call.call(f, pygil.runtime.call.Call.prepend(winner, args), kw);
        }
        return PyType.create(winner, name, bases, ns, kwargs);
    }
}
