package pygil.interpreter.builtins;

import java.util.List;

import pygil.interpreter.PyContext;
import pygil.interpreter.PyLanguage;
import pygil.interpreter.bytecode.RecursionLimit;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.BuiltinImpl;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Numbers;
import pygil.runtime.refcount.RefCount;

/**
 * The {@code sys} module: the interpreter's own state as Python sees it. {@code argv[0]} is the
 * script path as given ({@code -c} for a command); {@code path[0]} is the script's directory.
 */
public final class SysModule {
    /** What {@code sys.getrefcount} answers for immortal values (as CPython 3.12+ does). */
    static final long IMMORTAL_REFCOUNT = 4294967295L;

    private SysModule() {}

    public static PyModule create(PyContext context, List<String> argv) {
        PyModule sys = new PyModule("sys");
        // the interval is kept even with the GIL off, as free-threaded CPython does
        double[] switchInterval = {context.env().getOptions().get(pygil.interpreter.PyOptions.SWITCH_INTERVAL)};
        PyDict d = sys.getDict();
        PyList args = new PyList();
        argv.forEach(args::append);
        if (argv.isEmpty()) {
            args.append("");
        }
        d.putString("argv", args);
        d.putString("orig_argv", args);
        // path[0], the script's directory, is set when the main module starts
        d.putString("path", new PyList());
        d.putString("modules", context.modules());
        d.putString("stdout", context.stdout());
        d.putString("stderr", context.stderr());
        d.putString("stdin", context.stdin());
        d.putString("__stdout__", context.stdout());
        d.putString("__stderr__", context.stderr());
        d.putString("__stdin__", context.stdin());
        d.putString("platform", "linux");
        d.putString("byteorder", "little");
        d.putString("maxsize", Long.MAX_VALUE);
        d.putString("version", "3.11.7 (pygil " + PyLanguage.VERSION + ")");
        d.putString("version_info", PyTuple.of(3L, 11L, 7L, "final", 0L));
        d.putString("hexversion", 0x030b07f0L);
        d.putString("executable", "pygil");
        d.putString("copyright", "pygil");
        d.putString("dont_write_bytecode", true);
        fn(d, "exit", (a, kw) -> {
            throw new PyException(PyErrors.newException(ExceptionTypes.SYSTEM_EXIT, a.length == 0 ? new Object[0] : new Object[]{a[0]}));
        });
        fn(d, "getrefcount", (a, kw) -> {
            if (a.length != 1) {
                throw PyErrors.typeError("sys.getrefcount() takes exactly one argument (" + a.length + " given)");
            }
            long n = RefCount.count(a[0]);
            // the argument itself is one more reference while the call runs, as in CPython
            return n < 0 ? IMMORTAL_REFCOUNT : n + 1;
        });
        fn(d, "getrecursionlimit", (a, kw) -> (long) RecursionLimit.get());
        fn(d, "setrecursionlimit", (a, kw) -> {
            long limit = Numbers.asLong(a[0]);
            if (limit < 1) {
                throw PyErrors.valueError("recursion limit must be greater or equal than 1");
            }
            RecursionLimit.set((int) Math.min(limit, Integer.MAX_VALUE));
            return PNone.NONE;
        });
        fn(d, "intern", (a, kw) -> a[0]);
        fn(d, "getswitchinterval", (a, kw) -> context.gil().isEnabled() ? context.gil().gil().getSwitchInterval() : switchInterval[0]);
        fn(d, "setswitchinterval", (a, kw) -> {
            if (a.length != 1) {
                throw PyErrors.typeError("setswitchinterval() takes exactly one argument (" + a.length + " given)");
            }
            double s = Numbers.toDouble(a[0]);
            if (s <= 0) {
                throw PyErrors.valueError("switch interval must be strictly positive");
            }
            switchInterval[0] = s;
            if (context.gil().isEnabled()) {
                context.gil().gil().setSwitchInterval(s);
            }
            return PNone.NONE;
        });
        fn(d, "exc_info", (a, kw) -> {
            Object e = pygil.runtime.refcount.PyThreadState.current().handledException;
            if (!(e instanceof pygil.runtime.error.PyBaseException exc)) {
                return PyTuple.of(PNone.NONE, PNone.NONE, PNone.NONE);
            }
            Object tb = exc.getTraceback();
            return PyTuple.of(exc.getType(), exc, tb == null ? PNone.NONE : tb);
        });
        fn(d, "exception", (a, kw) -> {
            Object e = pygil.runtime.refcount.PyThreadState.current().handledException;
            return e instanceof pygil.runtime.error.PyBaseException ? e : PNone.NONE;
        });
        fn(d, "_is_gil_enabled", (a, kw) -> context.gil().isEnabled());
        fn(d, "getdefaultencoding", (a, kw) -> "utf-8");
        return sys;
    }

    private static void fn(PyDict d, String name, BuiltinImpl impl) {
        d.putString(name, new PyBuiltinFunction(name, impl));
    }
}
