package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.LocalAccessor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

import pygil.interpreter.PyContext;
import pygil.interpreter.objects.Traceback;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PyCell;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyTuple;
import pygil.runtime.refcount.PyThreadState;
import pygil.runtime.refcount.RefCount;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * The frame-level work behind the instructions: locals, cells, globals, frame entry and exit.
 * Kept out of {@link PyBytecodeRootNode} so that the instruction declarations stay readable.
 */
final class FrameOps {
    private FrameOps() {}

    /** Argument 0 of every frame is the running function (see the frame layout). */
    static PyFunction function(VirtualFrame frame) {
        return (PyFunction) frame.getArguments()[0];
    }

    /** Argument 1 of a class body frame is its namespace. */
    static PyDict namespace(VirtualFrame frame) {
        return (PyDict) frame.getArguments()[1];
    }

    static int markOf(LocalAccessor mark, BytecodeNode bytecode, VirtualFrame frame) {
        try {
            return mark.getInt(bytecode, frame);
        } catch (UnexpectedResultException e) {
            return (Integer) e.getResult();
        }
    }

    @TruffleBoundary
    static PyException unboundLocal(String name) {
        return PyErrors.unboundLocalError("cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static Object makeCell(Object initial) {
        PyCell cell = new PyCell();
        if (initial != null) {
            cell.set(initial);
        }
        return cell;
    }

    static Object loadDeref(Object cell, String name, boolean free) {
        Object value = ((PyCell) cell).get();
        if (value == null) {
            throw unboundDeref(name, free);
        }
        return value;
    }

    @TruffleBoundary
    private static PyException unboundDeref(String name, boolean free) {
        if (free) {
            return PyErrors.nameError("cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
        }
        return unboundLocal(name);
    }

    static void storeDeref(Object cell, Object value) {
        ((PyCell) cell).set(value);
    }

    static void deleteDeref(Object cell, String name) {
        PyCell c = (PyCell) cell;
        if (c.get() == null) {
            throw unboundLocal(name);
        }
        c.set(null);
    }

    @TruffleBoundary
    static Object loadGlobal(PyDict globals, String name) {
        Object value = globals.getString(name);
        if (value == null) {
            value = PyContext.get().builtins().getString(name);
            if (value == null) {
                throw notDefined(name);
            }
        }
        return value;
    }

    @TruffleBoundary
    static PyException notDefined(String name) {
        PyException e = PyErrors.nameError("name '" + name + "' is not defined");
        e.exception.setAttribute("name", name);
        return e;
    }

    @TruffleBoundary
    static void deleteGlobal(PyDict globals, String name) {
        if (!globals.delItem(name)) {
            throw notDefined(name);
        }
    }

    static Object loadName(VirtualFrame frame, String name) {
        return loadName(namespace(frame), function(frame).globals, name);
    }

    @TruffleBoundary
    private static Object loadName(PyDict namespace, PyDict globals, String name) {
        Object value = namespace.getItem(name);
        return value != null ? value : loadGlobal(globals, name);
    }

    static void deleteName(VirtualFrame frame, String name) {
        deleteName(namespace(frame), name);
    }

    @TruffleBoundary
    private static void deleteName(PyDict namespace, String name) {
        if (!namespace.delItem(name)) {
            throw notDefined(name);
        }
    }

    /** Frame entry: one more level of recursion. */
    static PyThreadState enter(PyThreadState ts, Object frameKey) {
        if (++ts.recursionDepth > RecursionLimit.get()) {
            ts.recursionDepth--;
            throw Traceback.raisedAtEntry(recursionError(), frameKey);
        }
        return ts;
    }

    @TruffleBoundary
    static PyException recursionError() {
        return PyErrors.recursionError("maximum recursion depth exceeded");
    }

    /** Frame exit: see {@link PyBytecodeRootNode.ExitFrame}. */
    static void exit(PyThreadState ts, int mark, Object keep) {
        if (ts == null) {
            return; // the frame failed before EnterFrame finished (RecursionError at entry)
        }
        ts.recursionDepth--;
        ZeroCountTable table = ts.zct;
        if (table.mark() > mark) {
            table.flushKeeping(mark, keep);
        }
    }

    /** Frame exit by an exception: the locals go to the traceback (see Traceback). */
    static void exitOnError(PyThreadState ts, int mark, Object exception, Object[] values, int n) {
        if (exception instanceof PyException pe && pe.exception.getTraceback() instanceof Traceback tb) {
            tb.keepLocals(values, n);
        } else {
            for (int i = 0; i < n; i++) {
                RefCount.decRef(values[i]);
            }
        }
        if (ts == null) {
            return;
        }
        ts.recursionDepth--;
        if (ts.zct.mark() > mark) {
            ts.zct.flush(mark);
        }
    }

    static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        // Immortal values are Java boxes: identity follows their value, as small ints and
        // interned strings do in CPython.
        if (a instanceof Long || a instanceof Double || a instanceof Boolean || a instanceof String) {
            return a.equals(b);
        }
        return false;
    }

    @TruffleBoundary
    static Object makeFunction(PyFunction enclosing, PyCode code, Object defaults, Object kwDefaults, Object annotations, Object[] closure) {
        Object[] defaultValues = defaults instanceof PyTuple t ? t.items.clone() : new Object[0];
        PyDict kw = kwDefaults instanceof PyDict d ? d : null;
        PyCell[] cells = new PyCell[closure.length];
        for (int i = 0; i < closure.length; i++) {
            cells[i] = (PyCell) closure[i];
        }
        PyFunction f = new PyFunction(code, enclosing.globals, defaultValues, kw, cells);
        String doc = pygil.interpreter.compiler.CodeInfo.of(code).doc();
        if (doc != null) {
            f.setDoc(doc); // the compiler keeps a function's docstring in its code object
        }
        if (annotations instanceof PyDict a) {
            f.setAttribute("__annotations__", a);
        }
        Object moduleName = enclosing.globals.getString("__name__");
        if (moduleName instanceof String s) {
            f.module = s;
        }
        return f;
    }
}
