package pygil.interpreter.main;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.interpreter.PyContext;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyModule;
import pygil.runtime.refcount.PyThreadState;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * Interpreter shutdown's effect on objects (Equivalent of {@code finalize_modules} and
 * {@code _PyModule_ClearDict}): module globals are dropped so that the objects only they
 * reference are released and their {@code __del__} runs, as CPython does at exit. For each
 * module, {@code __main__} first and then the others newest first, names starting with one
 * underscore are set to None, then all other names except {@code __builtins__}, each in dict
 * order. Errors in {@code __del__} are reported by the finalizer as unraisable, not raised.
 */
final class Shutdown {
    private Shutdown() {}

    /**
     * Waits for the non-daemon threads, as CPython's {@code wait_for_thread_shutdown} does
     * through {@code threading._shutdown()} (only if {@code threading} was imported). Daemon
     * threads are abandoned. An exception there is reported like an uncaught one.
     */
    @TruffleBoundary
    static int joinThreads(PyContext context, int status) {
        Object threading = context.modules().getString("threading");
        if (!(threading instanceof PyModule m) || m.getDict().getString("_shutdown") == null) {
            return status;
        }
        try {
            pygil.runtime.call.Call.call(m.getDict().getString("_shutdown"), new Object[0], pygil.runtime.call.ArgBinder.NO_KEYWORDS);
            return status;
        } catch (PyException e) {
            int s = MainModuleRootNode.report(context, e.exception);
            e.dispose();
            return status == 0 ? s : status;
        }
    }

    @TruffleBoundary
    static void clearModules(PyContext context) {
        PyDict modules = context.modules();
        Object main = modules.getString("__main__");
        if (main instanceof PyModule m) {
            clear(m);
        }
        Object[] names = modules.keysArray();
        for (int i = names.length - 1; i >= 0; i--) {
            if (!"__main__".equals(names[i]) && !"sys".equals(names[i]) && !"builtins".equals(names[i])
                            && modules.getItem(names[i]) instanceof PyModule m) {
                clear(m);
            }
        }
    }

    private static void clear(PyModule module) {
        PyDict d = module.getDict();
        ZeroCountTable table = PyThreadState.current().zct;
        for (boolean underscored : new boolean[]{true, false}) {
            for (Object key : d.keysArray()) {
                if (key instanceof String name && !name.equals("__builtins__") && isPrivate(name) == underscored) {
                    try {
                        int mark = table.mark();
                        d.putString(name, PNone.NONE);
                        table.flush(mark);
                    } catch (PyException e) {
                        e.dispose(); // CPython ignores errors while clearing modules
                    }
                }
            }
        }
    }

    private static boolean isPrivate(String name) {
        return name.startsWith("_") && !name.startsWith("__");
    }
}
