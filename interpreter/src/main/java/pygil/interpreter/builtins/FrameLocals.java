package pygil.interpreter.builtins;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.BytecodeRootNode;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;
import com.oracle.truffle.api.frame.FrameInstance;
import com.oracle.truffle.api.nodes.RootNode;

import pygil.interpreter.PyContext;
import pygil.interpreter.bytecode.StrAccumulator;
import pygil.interpreter.compiler.CodeInfo;
import pygil.runtime.object.PyCell;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyModule;

/**
 * {@code locals()}, {@code globals()} and the no-argument forms of {@code dir()} and
 * {@code vars()}: what the innermost Python frame can see (Equivalent of
 * {@code PyEval_GetLocals}). In a function, a snapshot dict of its bound local and cell
 * variables; in a module, its globals; in a class body, the namespace being built.
 */
final class FrameLocals {
    private FrameLocals() {}

    /** The arguments of the innermost Python frame, or null when called from outside Python. */
    @TruffleBoundary
    private static Object[] innermost(FrameInstance[] holder) {
        return Truffle.getRuntime().iterateFrames((FrameInstance f) -> {
            Object[] args = f.getFrame(FrameInstance.FrameAccess.READ_ONLY).getArguments();
            if (args.length > 0 && args[0] instanceof PyFunction) {
                holder[0] = f;
                return args;
            }
            return null;
        });
    }

    private static BytecodeNode bytecodeOf(FrameInstance f) {
        RootNode root = ((RootCallTarget) f.getCallTarget()).getRootNode();
        if (root instanceof ContinuationRootNode c) {
            return c.getSourceRootNode().getBytecodeNode();
        }
        return root instanceof BytecodeRootNode b ? b.getBytecodeNode() : null;
    }

    @TruffleBoundary
    static PyDict globals() {
        Object[] args = innermost(new FrameInstance[1]);
        if (args != null) {
            return ((PyFunction) args[0]).globals;
        }
        return PyContext.get().modules().getString("__main__") instanceof PyModule m ? m.getDict() : new PyDict();
    }

    @TruffleBoundary
    static PyDict locals() {
        FrameInstance[] holder = new FrameInstance[1];
        Object[] args = innermost(holder);
        if (args == null) {
            return globals();
        }
        PyFunction fn = (PyFunction) args[0];
        CodeInfo.Kind kind = CodeInfo.of(fn.code).kind();
        if (kind == CodeInfo.Kind.MODULE) {
            return fn.globals;
        }
        if (kind == CodeInfo.Kind.CLASS_BODY && args.length > 1 && args[1] instanceof PyDict namespace) {
            return namespace;
        }
        PyDict result = new PyDict();
        BytecodeNode bytecode = bytecodeOf(holder[0]);
        if (bytecode == null) {
            return result;
        }
        // Python's variables live in root-scoped slots, live at every bytecode index (0 will do)
        Object[] names = bytecode.getLocalNames(0);
        Object[] values = bytecode.getLocalValues(0, holder[0].getFrame(FrameInstance.FrameAccess.READ_ONLY));
        for (int i = 0; i < names.length && i < values.length; i++) {
            if (names[i] instanceof String name && !name.startsWith(".")) {
                Object v = values[i] instanceof PyCell cell ? cell.get() : StrAccumulator.unwrap(values[i]);
                if (v != null) {
                    result.putString(name, v);
                }
            }
        }
        return result;
    }
}
