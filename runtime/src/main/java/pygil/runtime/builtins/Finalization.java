package pygil.runtime.builtins;

import java.io.PrintStream;

import pygil.runtime.call.Call;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Repr;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * Runs {@code __del__} for the zero-count table (Equivalent of {@code PyObject_CallFinalizer}
 * + {@code PyErr_WriteUnraisable}). An exception escaping {@code __del__} is reported through
 * the {@link UnraisableHook} and swallowed; the default hook prints CPython's first and last
 * lines ("Exception ignored in: ..." and "ValueError: x"); the interpreter installs one that
 * prints the traceback in between.
 */
public final class Finalization implements ZeroCountTable.Finalizer {
    /** Reports an exception that cannot be raised (Equivalent of {@code sys.unraisablehook}). */
    @FunctionalInterface
    public interface UnraisableHook {
        /**
         * @param e the exception
         * @param object what was being called (the {@code __del__} function)
         */
        void report(PyException e, Object object);
    }

    private static volatile UnraisableHook hook = Finalization::defaultReport;
    private static volatile PrintStream err = System.err;

    private Finalization() {}

    static void install() {
        ZeroCountTable.setFinalizer(new Finalization());
    }

    public static void setUnraisableHook(UnraisableHook h) {
        hook = h;
    }

    public static UnraisableHook getUnraisableHook() {
        return hook;
    }

    /** Where the default hook prints (System.err unless changed). */
    public static void setDefaultErrorStream(PrintStream s) {
        err = s;
    }

    private static void defaultReport(PyException e, Object object) {
        PrintStream s = err;
        s.println("Exception ignored in: " + Repr.repr(object));
        s.println("Traceback (most recent call last):");
        s.println(e.exception.formatForTraceback());
        s.flush();
    }

    @Override
    public boolean hasFinalizer(PyObject obj) {
        return obj.getType().hasFinalizer();
    }

    @Override
    public void finalize(PyObject obj) {
        PyType t = obj.getType();
        Object del = t.lookup("__del__");
        if (del == null) {
            return;
        }
        try {
            Call.callUnbound(del, obj, t, new Object[0]);
        } catch (PyException e) {
            hook.report(e, del);
            e.dispose();
        }
    }
}
