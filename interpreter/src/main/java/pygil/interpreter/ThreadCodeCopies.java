package pygil.interpreter;

import java.util.IdentityHashMap;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.nodes.RootNode;

import pygil.interpreter.bytecode.PyBytecodeRootNode;
import pygil.runtime.object.PyCode;

/**
 * The interpreter's side of {@link pygil.runtime.gil.ThreadPrivateCode}: each thread of a
 * context that runs without the GIL and without the JIT calls its own copy of each function's
 * bytecode root, made on the thread's first call. The copies live in the thread's
 * {@code ThreadStateRef} (a context thread-local), so they are private to one (context, thread)
 * and die with it; nothing here is shared, so nothing is locked.
 */
final class ThreadCodeCopies {
    private ThreadCodeCopies() {}

    @TruffleBoundary
    static RootCallTarget resolve(PyCode code) {
        PyContext context = PyContext.get();
        if (!context.threadPrivateCode) {
            return code.callTarget;
        }
        PyLanguage.ThreadStateRef ref = context.language().threadState.get();
        IdentityHashMap<PyCode, RootCallTarget> copies = ref.codeCopies;
        if (copies == null) {
            copies = ref.codeCopies = new IdentityHashMap<>();
        }
        RootCallTarget copy = copies.get(code);
        if (copy == null) {
            copy = copyOf(code.callTarget);
            copies.put(code, copy);
        }
        return copy;
    }

    private static RootCallTarget copyOf(RootCallTarget shared) {
        RootNode root = shared.getRootNode();
        if (root instanceof PyBytecodeRootNode bytecodeRoot) {
            return bytecodeRoot.copyForThread().getCallTarget();
        }
        return shared; // a generator function: its continuations belong to the original root
    }
}
