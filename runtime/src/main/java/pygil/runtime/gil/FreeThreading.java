package pygil.runtime.gil;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Whether free-threaded safety measures are on (Equivalent of CPython's
 * {@code Py_GIL_DISABLED} build plus {@code -X gil=0}): per-object locks on builtin containers
 * and attribute maps, atomic reference counts, and protected reads (see
 * {@link pygil.runtime.refcount.RefCount}).
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>One switch per JVM, held as a Truffle {@link Assumption} that stays valid while every
 * context in this JVM runs with the GIL. Compiled guest code folds {@link #enabled()} to a
 * constant {@code false} and the locking and atomic paths disappear; the interpreter pays one
 * field read. The launcher runs one context per process, so a {@code --gil=on} run never sees
 * the free-threaded paths.</li>
 * <li>The first context created with {@code --gil=off} calls {@link #enable()} before it runs
 * any guest code (its other threads are started later, so they see the change). The switch is
 * one-way: contexts created afterwards in the same JVM (tests run both modes in one JVM) take
 * the locks too, which is correct (locks are redundant under a GIL), just slower.</li>
 * <li>Rejected: a {@code static final} flag from a system property (one JVM could not run both
 * modes, and the tests do); a per-context flag read from each object (objects do not know their
 * context, and the field read would stay in compiled code).</li>
 * </ul>
 */
public final class FreeThreading {
    private FreeThreading() {}

    private static final Assumption ALL_CONTEXTS_HAVE_A_GIL = Assumption.create("every context runs with the GIL");

    /** True once any context in this JVM runs without the GIL. */
    public static boolean enabled() {
        return !ALL_CONTEXTS_HAVE_A_GIL.isValid();
    }

    /** Turns the free-threaded paths on for the rest of the JVM's life (idempotent). */
    @TruffleBoundary
    public static void enable() {
        ALL_CONTEXTS_HAVE_A_GIL.invalidate("a context runs with --gil=off");
    }
}
