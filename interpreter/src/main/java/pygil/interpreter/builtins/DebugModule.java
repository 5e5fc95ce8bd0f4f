package pygil.interpreter.builtins;

import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Truth;

/**
 * {@code _pygil}: pygil's own helpers: {@code format_exception(e)} (a traceback report, used by
 * {@code threading}), {@code gil_stats()} (the GIL's per-thread counters) and hooks for testing
 * pygil itself. {@code crash()} raises a Java exception inside
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
        // the GIL's per-thread counters: a list of dicts, one per thread that took the GIL
        m.getDict().putString("gil_stats", new PyBuiltinFunction("gil_stats", (args, kw) -> {
            pygil.runtime.object.PyList out = new pygil.runtime.object.PyList();
            for (pygil.runtime.gil.GilThread t : pygil.interpreter.PyContext.get().gil().threads()) {
                pygil.runtime.object.PyDict d = new pygil.runtime.object.PyDict();
                pygil.runtime.gil.GilStats st = t.stats();
                d.putString("thread", t.toString());
                d.putString("acquisitions", st.acquisitions());
                d.putString("drop_requests", st.dropRequests());
                d.putString("forced_switches", st.forcedSwitches());
                d.putString("hold_ns", st.holdNanos());
                d.putString("wait_ns", st.waitNanos());
                d.putString("median_forced_hold_ns", st.medianForcedHoldNanos());
                out.append(d);
            }
            return out;
        }));
        // dis.dis(): the bytecode of a function (or of any object with a __code__-like code)
        m.getDict().putString("disassemble", new PyBuiltinFunction("disassemble", (args, kw) -> {
            Object o = args.length > 0 ? args[0] : PNone.NONE;
            if (o instanceof pygil.runtime.object.PyMethod bm) {
                o = bm.function;
            }
            if (o instanceof pygil.runtime.object.PyFunction f) {
                return pygil.interpreter.main.Disassembler.disassemble(f.code);
            }
            if (o instanceof pygil.runtime.object.PyCode c) {
                return pygil.interpreter.main.Disassembler.disassemble(c);
            }
            throw pygil.runtime.error.PyErrors.typeError("don't know how to disassemble " + pygil.runtime.error.PyErrors.typeName(o) + " objects");
        }));
        // which Truffle runtime runs us: "GraalVM CE" when the JIT is available (launcher check)
        m.getDict().putString("truffle_runtime", new PyBuiltinFunction("truffle_runtime", (args, kw) -> com.oracle.truffle.api.Truffle.getRuntime().getName()));
        m.getDict().putString("__doc__", PNone.NONE);
        return m;
    }
}
