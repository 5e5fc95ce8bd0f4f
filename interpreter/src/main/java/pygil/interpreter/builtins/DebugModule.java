package pygil.interpreter.builtins;

import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Truth;

/**
 * {@code _pygil}: pygil's own helpers: {@code format_exception(e)} (a traceback report, used by
 * {@code threading}) and hooks for testing pygil itself. {@code crash()} raises a Java exception inside
 * a builtin, which must surface as a Python {@code SystemError} naming it; {@code crash(True)}
 * raises a Java error that cannot be turned into a Python exception, which must end the program
 * with one line, {@code pygil: internal error: ...}, and exit status 70. Neither may show a Java
 * stack trace.
 */
public final class DebugModule {
    private DebugModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_pygil");
        m.getDict().putString("crash", new PyBuiltinFunction("crash", (args, kw) -> {
            if (args.length > 0 && Truth.isTrue(args[0])) {
                throw new InternalError("deliberate fatal internal error (_pygil.crash)");
            }
            throw new IllegalStateException("deliberate internal error (_pygil.crash)");
        }));
        // the traceback report CPython's default excepthook prints, for threading.excepthook
        m.getDict().putString("format_exception", new PyBuiltinFunction("format_exception", (args, kw) -> {
            if (args.length != 1 || !(args[0] instanceof pygil.runtime.error.PyBaseException e)) {
                throw pygil.runtime.error.PyErrors.typeError("format_exception() expects an exception");
            }
            return pygil.interpreter.main.ErrorPrinter.format(e, pygil.interpreter.PyContext.get().sourceLines());
        }));
        m.getDict().putString("__doc__", PNone.NONE);
        return m;
    }
}
