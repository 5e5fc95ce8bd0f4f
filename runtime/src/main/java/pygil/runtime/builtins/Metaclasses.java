package pygil.runtime.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Truth;

/**
 * Metaclass selection and the hooks a metaclass can override (Equivalent of
 * {@code _PyType_CalculateMetaclass} and the {@code __instancecheck__}/{@code __subclasscheck__}
 * part of {@code PyObject_IsInstance}/{@code PyObject_IsSubclass}).
 */
public final class Metaclasses {
    private Metaclasses() {}

    /** {@code type.__new__}, {@code type.__call__} and the checks as stored in type's dict. */
    static Object typeNew;
    static Object typeCall;
    static Object typeInstanceCheck;
    static Object typeSubclassCheck;

    /** The most derived of {@code meta} and the metaclasses of {@code bases}; TypeError on a conflict. */
    @TruffleBoundary
    public static PyType calculate(PyType meta, PyTuple bases) {
        PyType winner = meta;
        for (int i = 0; i < bases.size(); i++) {
            PyType bt = BuiltinTypes.typeOf(bases.get(i));
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyErrors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** True if {@code type.__new__} is what {@code meta} uses to create classes. */
    static boolean usesTypeNew(PyType meta) {
        return meta.lookup("__new__") == typeNew;
    }

    /** The {@code __call__} of {@code t}'s metaclass if it overrides {@code type.__call__}, else null. */
    static Object overriddenCall(PyType t) {
        PyType meta = t.getType();
        if (meta == BuiltinTypes.TYPE) {
            return null;
        }
        Object c = meta.lookup("__call__");
        return c == typeCall ? null : c;
    }

    /**
     * {@code cls.__instancecheck__(obj)} if the metaclass of {@code cls} overrides it (the
     * result as a Boolean), else null.
     */
    @TruffleBoundary
    static Boolean instanceCheck(Object obj, Object cls) {
        return check(cls, "__instancecheck__", typeInstanceCheck, obj);
    }

    /** Like {@link #instanceCheck} for {@code __subclasscheck__}. */
    @TruffleBoundary
    static Boolean subclassCheck(Object sub, Object cls) {
        return check(cls, "__subclasscheck__", typeSubclassCheck, sub);
    }

    private static Boolean check(Object cls, String name, Object dflt, Object arg) {
        PyType meta = BuiltinTypes.typeOf(cls);
        if (meta == BuiltinTypes.TYPE) {
            return null;
        }
        Object hook = meta.lookup(name);
        if (hook == null || hook == dflt) {
            return null;
        }
        return Truth.isTrue(Call.callUnbound(hook, cls, meta, new Object[] {arg}));
    }
}
