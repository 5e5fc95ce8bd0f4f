package pygil.runtime.builtins;

import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PyType;

/**
 * Calling a class (Equivalent of {@code type_call}): {@code __new__}, then {@code __init__} if
 * the result is an instance of the class. The default {@code object.__new__} and
 * {@code object.__init__} are short-cut (same checks, no calls).
 */
public final class TypeCall {
    private TypeCall() {}

    public static Object call(PyType t, Object[] args, String[] kwNames) {
        Object metaCall = Metaclasses.overriddenCall(t);
        if (metaCall != null) {
            return Call.callUnbound(metaCall, t, t.getType(), args, kwNames);
        }
        return callDefault(t, args, kwNames);
    }

    /** {@code type.__call__(t, *args)}: the default instance creation. */
    public static Object callDefault(PyType t, Object[] args, String[] kwNames) {
        if (t == BuiltinTypes.TYPE) {
            Object cls = TypeType.typeNew(t, args, kwNames);
            PyType mt = BuiltinTypes.typeOf(cls);
            if (args.length - kwNames.length != 1 && mt != BuiltinTypes.TYPE && mt.isSubtypeOf(t)) {
                Call.callUnbound(mt.lookup("__init__"), cls, mt, args, kwNames);
            }
            return cls;
        }
        Object newDescr = t.lookup("__new__");
        Object obj;
        boolean excess = args.length > 0;
        if (newDescr == ObjectType.NEW_DESCR) {
            if (excess && t.lookup("__init__") == ObjectType.INIT) {
                throw PyErrors.typeError(t.getName() + "() takes no arguments");
            }
            obj = t.newInstance();
        } else {
            Object f = newDescr instanceof PyStaticMethod s ? s.callable : newDescr;
            obj = Call.call(f, Call.prepend(t, args), kwNames);
        }
        PyType ot = BuiltinTypes.typeOf(obj);
        if (!ot.isSubtypeOf(t)) {
            return obj;
        }
        Object init = ot.lookup("__init__");
        if (init == ObjectType.INIT) {
            if (excess && newDescr == ObjectType.NEW_DESCR) {
                throw PyErrors.typeError(t.getName() + "() takes no arguments");
            }
            return obj;
        }
        Object r = Call.callUnbound(init, obj, ot, args, kwNames);
        if (r != PNone.NONE) {
            throw PyErrors.typeError("__init__() should return None, not '" + BuiltinTypes.typeName(r) + "'");
        }
        return obj;
    }

    /** {@code cls()} with no arguments. */
    public static Object call0(PyType t) {
        return call(t, new Object[0], ArgBinder.NO_KEYWORDS);
    }
}
