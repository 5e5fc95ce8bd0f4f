package pygil.runtime.builtins;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.BuiltinImpl;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyClassMethod;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;

/**
 * Helpers that put builtin methods into a builtin type's dict, checking {@code self} and the
 * arity with CPython's messages ({@code METH_NOARGS}: "list.copy() takes no arguments (1
 * given)", {@code METH_O}: "list.append() takes exactly one argument (0 given)"). All objects
 * made here are immortal.
 */
public final class Methods {
    private Methods() {}

    /** {@code f(self)}. */
    @FunctionalInterface
    public interface F0 {
        Object call(Object self);
    }

    /** {@code f(self, a)}. */
    @FunctionalInterface
    public interface F1 {
        Object call(Object self, Object a);
    }

    /** {@code f(self, a, b)}. */
    @FunctionalInterface
    public interface F2 {
        Object call(Object self, Object a, Object b);
    }

    /** {@code f(self, args)} with the positional arguments after self. */
    @FunctionalInterface
    public interface FN {
        Object call(Object self, Object[] args);
    }

    /**
     * A method taking {@code min..max} positional arguments besides self, checked with
     * {@code PyArg_UnpackTuple}'s messages ("pop expected at most 2 arguments, got 3").
     */
    public static PyBuiltinFunction defN(PyType t, String name, int min, int max, FN f) {
        return def(t, name, (args, kw) -> {
            Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            pygil.runtime.call.ArgParser.unpack(name, rest, kw, min, max);
            return f.call(args[0], rest);
        });
    }

    /**
     * Installs an unbound method with the raw calling convention (args[0] is self).
     *
     * <p>The methods of {@code int}, {@code float} and {@code str} see the builtin value of an
     * instance of a subclass ({@link PyValueSub}): {@code self} is replaced by its value, and for
     * int and float (whose methods only take numbers and strings) so are the arguments; str
     * methods unwrap str arguments themselves ({@code StrType.str}). This is
     * how CPython's C methods treat a subclass instance: as its base value. Use
     * {@link #defKeepSelf} for a method that needs the instance itself.
     */
    public static PyBuiltinFunction def(PyType t, String name, BuiltinImpl impl) {
        if (t == BuiltinTypes.INT || t == BuiltinTypes.FLOAT) {
            return defKeepSelf(t, name, (args, kw) -> impl.call(PyValueSub.unwrapAll(args, 0), kw));
        }
        if (t == BuiltinTypes.STR) {
            return defKeepSelf(t, name, (args, kw) -> impl.call(args[0] instanceof PyValueSub v ? withSelf(args, v.value) : args, kw));
        }
        return defKeepSelf(t, name, impl);
    }

    private static Object[] withSelf(Object[] args, Object self) {
        Object[] a = args.clone();
        a[0] = self;
        return a;
    }

    /** {@link #def} without replacing a subclass instance by its value. */
    public static PyBuiltinFunction defKeepSelf(PyType t, String name, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, t, (args, kw) -> {
            checkSelf(t, name, args);
            return impl.call(args, kw);
        }).makeImmortal();
        t.getDict().putString(name, f);
        return f;
    }

    /** A method taking no arguments besides self. */
    public static PyBuiltinFunction def0(PyType t, String name, F0 f) {
        return def(t, name, (args, kw) -> {
            if (kw.length != 0) {
                throw PyErrors.typeError(t.getName() + "." + name + "() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw PyErrors.typeError(t.getName() + "." + name + "() takes no arguments (" + (args.length - 1) + " given)");
            }
            return f.call(args[0]);
        });
    }

    /** A method taking exactly one argument besides self. */
    public static PyBuiltinFunction def1(PyType t, String name, F1 f) {
        return def(t, name, (args, kw) -> {
            if (kw.length != 0) {
                throw PyErrors.typeError(t.getName() + "." + name + "() takes no keyword arguments");
            }
            if (args.length != 2) {
                throw PyErrors.typeError(t.getName() + "." + name + "() takes exactly one argument (" + (args.length - 1) + " given)");
            }
            return f.call(args[0], args[1]);
        });
    }

    /** A method taking exactly two arguments besides self ("expected 2 arguments, got 1"). */
    public static PyBuiltinFunction def2(PyType t, String name, F2 f) {
        return def(t, name, (args, kw) -> {
            if (kw.length != 0) {
                throw PyErrors.typeError(name + "() takes no keyword arguments");
            }
            if (args.length != 3) {
                throw PyErrors.typeError(name + " expected 2 arguments, got " + (args.length - 1));
            }
            return f.call(args[0], args[1], args[2]);
        });
    }

    /** A static method (no self), e.g. {@code __new__} taking the class as args[0]. */
    public static PyBuiltinFunction defStatic(PyType t, String name, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, impl, null, null, null).makeImmortal();
        t.getDict().putString(name, new PyStaticMethod(f).makeImmortal());
        return f;
    }

    /** A class method: args[0] is the class. */
    public static PyBuiltinFunction defClass(PyType t, String name, BuiltinImpl impl) {
        PyBuiltinFunction f = new PyBuiltinFunction(name, impl, t, null, null).makeImmortal();
        t.getDict().putString(name, new PyClassMethod(f).makeImmortal());
        return f;
    }

    /**
     * The class argument of {@code base.__new__(cls, ...)} (Equivalent of the checks in
     * {@code tp_new_wrapper}): TypeError "str.__new__(int): int is not a subtype of str".
     */
    public static PyType newClass(PyType base, Object[] args) {
        if (args.length == 0) {
            throw PyErrors.typeError(base.getName() + ".__new__(): not enough arguments");
        }
        if (!(args[0] instanceof PyType cls)) {
            throw PyErrors.typeError(base.getName() + ".__new__(X): X is not a type object (" + BuiltinTypes.typeName(args[0]) + ")");
        }
        if (!cls.isSubtypeOf(base)) {
            throw PyErrors.typeError(base.getName() + ".__new__(" + cls.getName() + "): " + cls.getName() + " is not a subtype of " + base.getName());
        }
        return cls;
    }

    /** Checks that args[0] is an instance of {@code t} (an unbound call like {@code list.append(x, 1)}). */
    static void checkSelf(PyType t, String name, Object[] args) {
        if (args.length == 0) {
            if (name.startsWith("__")) {
                throw PyErrors.typeError("descriptor '" + name + "' of '" + t.getName() + "' object needs an argument");
            }
            throw PyErrors.typeError("unbound method " + t.getName() + "." + name + "() needs an argument");
        }
        PyType st = BuiltinTypes.typeOf(args[0]);
        if (st != t && !st.isSubtypeOf(t)) {
            if (name.startsWith("__")) {
                throw PyErrors.typeError("descriptor '" + name + "' requires a '" + t.getName() + "' object but received a '" + st.getName() + "'");
            }
            throw PyErrors.typeError("descriptor '" + name + "' for '" + t.getName() + "' objects doesn't apply to a '" + st.getName() + "' object");
        }
    }
}
