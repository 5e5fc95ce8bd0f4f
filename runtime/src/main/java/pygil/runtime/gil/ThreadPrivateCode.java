package pygil.runtime.gil;

import java.util.function.Function;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;

import pygil.runtime.object.PyCode;

/**
 * Thread-private copies of functions' code for the interpreter without the GIL
 * ({@code --gil=off --jit=off}).
 *
 * <p>Why: the Bytecode DSL's interpreter writes profiling state into the bytecode node on
 * every branch (branch counters) and loop iteration. Threads running the same function without
 * the GIL write the same memory from every core, and the cache-line traffic serialises them:
 * measured, two threads running one while loop took as long as running it twice in a row,
 * while two separately compiled copies of the same loop ran in parallel. Compiled code does not
 * write profiles, so with the JIT this is not needed (and copies would multiply compilations).
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>One JVM-wide {@link Assumption}, valid until a context enables copies; while it holds,
 * {@link PyCode#target()} is the shared call target and compiled code folds the check away.</li>
 * <li>After that, the installed resolver (the interpreter's, which knows the current context)
 * answers the calling thread's copy for contexts that enabled it, and the shared target for
 * others. Copies are made per (context, thread) on first call and never shared, so no two
 * threads write one copy's profiles; they share everything immutable (bytecode, constants,
 * frame layout), and Python-visible state lives in function and module objects, not in code.</li>
 * <li>A generator function's body is not copied: its continuations are bound to the original
 * root (resumes share its profiles).</li>
 * </ul>
 */
public final class ThreadPrivateCode {
    private ThreadPrivateCode() {}

    private static final Assumption NO_COPIES = Assumption.create("no thread-private code copies");
    private static volatile Function<PyCode, RootCallTarget> resolver;

    /** True (a compilation constant) while no context uses thread-private copies. */
    public static boolean off() {
        return NO_COPIES.isValid();
    }

    public static Assumption offAssumption() {
        return NO_COPIES;
    }

    /** Installs the resolver and turns copies on for the rest of the JVM's life (idempotent). */
    @TruffleBoundary
    public static void enable(Function<PyCode, RootCallTarget> r) {
        resolver = r;
        NO_COPIES.invalidate("a context runs without the GIL and without the JIT");
    }

    /** The call target the current thread runs {@code code} with. */
    @TruffleBoundary
    public static RootCallTarget resolve(PyCode code) {
        return resolver.apply(code);
    }
}
