package pygil.interpreter.objects;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.BuiltinImpl;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyType;
import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.ops.Iter;

/** The methods of the {@code generator} type: {@code __iter__}, {@code __next__}, send, throw, close. */
public final class GeneratorType {
    private GeneratorType() {}

    public static void install() {
        PyType t = BuiltinTypes.GENERATOR;
        PyGenerator.setType(t);
        method(t, "__iter__", (args, kw) -> args[0]);
        method(t, "__next__", (args, kw) -> {
            PyGenerator g = gen(args);
            Object v = g.next();
            if (v == Iter.STOP) {
                throw PyErrors.stopIteration(g.stopValue());
            }
            return v;
        });
        property(t, "__name__", g -> g.code.name);
        property(t, "__qualname__", g -> g.code.qualname);
        property(t, "gi_running", g -> g.isRunning());
        property(t, "gi_code", g -> g.code);
        // no frame objects yet: a non-None placeholder while the frame exists, as CPython's gi_frame
        property(t, "gi_frame", g -> g.isFinished() ? PNone.NONE : g.code);
        method(t, "send", (args, kw) -> gen(args).send(args.length > 1 ? args[1] : PNone.NONE));
        method(t, "throw", (args, kw) -> gen(args).throwInto(exception(args)));
        method(t, "close", (args, kw) -> {
            gen(args).close();
            return PNone.NONE;
        });
    }

    private static void property(PyType t, String name, java.util.function.Function<PyGenerator, Object> getter) {
        PyBuiltinFunction fget = new PyBuiltinFunction(name, t, (args, kw) -> getter.apply(gen(args)));
        t.getDict().putString(name, new PyProperty(fget, null, null, null));
    }

    private static void method(PyType t, String name, BuiltinImpl impl) {
        t.getDict().putString(name, new PyBuiltinFunction(name, t, impl));
    }

    private static PyGenerator gen(Object[] args) {
        if (args.length == 0 || !(args[0] instanceof PyGenerator g)) {
            throw PyErrors.typeError("descriptor requires a 'generator' object");
        }
        return g;
    }

    /** {@code throw(type[, value])} or {@code throw(instance)}. */
    private static PyBaseException exception(Object[] args) {
        if (args.length < 2) {
            throw PyErrors.typeError("throw expected at least 1 argument, got 0");
        }
        Object first = args[1];
        if (first instanceof PyBaseException e) {
            return e;
        }
        Object[] ctorArgs = args.length > 2 && args[2] != PNone.NONE ? new Object[]{args[2]} : new Object[0];
        Object instance = Call.call(first, ctorArgs, ArgBinder.NO_KEYWORDS);
        if (instance instanceof PyBaseException e) {
            return e;
        }
        throw PyErrors.typeError("exceptions must be classes or instances deriving from BaseException, not " + PyErrors.typeName(first));
    }
}
