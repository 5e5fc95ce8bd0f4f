package pygil.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;

import pygil.interpreter.PyContext;
import pygil.interpreter.PyLanguage;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.BuiltinImpl;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyCell;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyTuple;

/** Builtin functions that need the interpreter: {@code __import__}, {@code globals}, {@code exec}. */
public final class InterpreterBuiltins {
    private InterpreterBuiltins() {}

    public static void install(PyDict builtins) {
        fn(builtins, "__import__", (a, kw) -> {
            String name = (String) a[0];
            PyDict globals = a.length > 1 && a[1] instanceof PyDict g ? g : FrameLocals.globals();
            boolean hasFromList = a.length > 3 && a[3] instanceof PyTuple t && t.size() > 0;
            int level = a.length > 4 ? (int) (long) (Long) a[4] : 0;
            return PyContext.get().imports().importName(globals, name, hasFromList ? new String[0] : null, level);
        });
        fn(builtins, "globals", (a, kw) -> FrameLocals.globals());
        fn(builtins, "locals", (a, kw) -> FrameLocals.locals());
        Object runtimeDir = builtins.getString("dir");
        fn(builtins, "dir", (a, kw) -> a.length == 0 && kw.length == 0 ? sortedKeys(FrameLocals.locals()) : pygil.runtime.call.Call.call(runtimeDir, a, kw));
        Object runtimeVars = builtins.getString("vars");
        fn(builtins, "vars", (a, kw) -> a.length == 0 && kw.length == 0 ? FrameLocals.locals() : pygil.runtime.call.Call.call(runtimeVars, a, kw));
        fn(builtins, "exec", (a, kw) -> {
            run("exec", a, false);
            return PNone.NONE;
        });
        fn(builtins, "eval", (a, kw) -> run("eval", a, true));
    }

    /**
     * {@code exec(source, globals=None, locals=None)} / {@code eval(...)}: without arguments the
     * caller's globals (and, in a function, its locals as a snapshot) are used; with a locals
     * mapping different from globals, top-level names go to it, as in a class body.
     */
    @TruffleBoundary
    private static Object run(String fname, Object[] a, boolean expression) {
        if (a.length == 0 || !(a[0] instanceof String text)) {
            throw PyErrors.typeError(fname + "() arg 1 must be a string, bytes or code object");
        }
        PyDict globals;
        Object locals;
        if (a.length > 1 && a[1] != PNone.NONE) {
            if (!(a[1] instanceof PyDict g)) {
                throw PyErrors.typeError(fname + "() globals must be a dict, not " + PyErrors.typeName(a[1]));
            }
            globals = g;
            locals = a.length > 2 && a[2] != PNone.NONE ? a[2] : g;
        } else {
            globals = FrameLocals.globals();
            locals = a.length > 2 && a[2] != PNone.NONE ? a[2] : FrameLocals.locals();
        }
        if (globals.getString("__builtins__") == null) {
            globals.putString("__builtins__", PyContext.get().builtinsModule());
        }
        boolean separate = locals != globals;
        Source source = Source.newBuilder(PyLanguage.ID, text, "<string>").build();
        PyCode code = expression ? PyContext.get().imports().compileExpression(source, separate)
                        : PyContext.get().imports().compile(source, separate);
        PyFunction fn = new PyFunction(code, globals, new Object[0], null, new PyCell[0]);
        return separate ? code.callTarget.call(fn, locals) : code.callTarget.call(fn);
    }

    @TruffleBoundary
    private static Object sortedKeys(PyDict d) {
        pygil.runtime.object.PyList list = pygil.runtime.object.PyList.of(d.keysArray());
        pygil.runtime.call.Call.callMethod(list, "sort");
        return list;
    }

    private static void fn(PyDict d, String name, BuiltinImpl impl) {
        d.putString(name, new PyBuiltinFunction(name, impl));
    }
}
