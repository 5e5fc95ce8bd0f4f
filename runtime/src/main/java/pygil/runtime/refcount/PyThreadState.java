package pygil.runtime.refcount;

/**
 * Per-thread interpreter state (Equivalent of CPython's {@code PyThreadState}).
 *
 * <p>Design notes: for now it is reached through a Java {@code ThreadLocal}; when the GIL is
 * on, a static "current thread state" swapped by the GIL on each switch (as CPython's
 * {@code _PyThreadState_Current}) would make {@link #current()} a plain field read. It holds
 * the thread's {@link ZeroCountTable}; the interpreter adds what it needs (the exception being
 * handled, recursion depth) here.
 */
public final class PyThreadState {
    private static final ThreadLocal<PyThreadState> CURRENT = ThreadLocal.withInitial(PyThreadState::new);

    /** This thread's zero-count table. */
    public final ZeroCountTable zct = new ZeroCountTable();

    /** The exception currently being handled ({@code sys.exc_info()}), or null; the interpreter owns it. */
    public Object handledException;

    /** Python-level call depth, maintained by the interpreter (for RecursionError). */
    public int recursionDepth;

    public static PyThreadState current() {
        return CURRENT.get();
    }
}
