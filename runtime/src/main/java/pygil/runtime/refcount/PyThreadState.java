package pygil.runtime.refcount;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.gil.FreeThreading;

/**
 * Per-thread interpreter state (Equivalent of CPython's {@code PyThreadState}).
 *
 * <p>Design notes: it is reached through a Java {@code ThreadLocal}, fronted by the last thread
 * that asked and its state ({@link #last}): every counted object's creation and every decRef to
 * zero asks for the current thread's zero-count table, and with the GIL one thread runs for
 * milliseconds at a time, so a comparison with {@code Thread.currentThread()} answers almost
 * every call (the thread-local lookup costs a hash probe). The pair is one immutable object, so
 * a racing reader sees a consistent pair or an older one, and compares threads before trusting
 * it. Without the GIL the threads would overwrite it constantly, so then it is no longer
 * updated. It holds the thread's {@link ZeroCountTable}; the interpreter adds what it needs
 * (the exception being handled, recursion depth) here.
 */
public final class PyThreadState {
    private static final ThreadLocal<PyThreadState> CURRENT = ThreadLocal.withInitial(PyThreadState::new);

    private record Last(Thread thread, PyThreadState state) {}

    private static Last last;

    /** This thread's zero-count table. */
    public final ZeroCountTable zct = new ZeroCountTable();

    /** The exception currently being handled ({@code sys.exc_info()}), or null; the interpreter owns it. */
    public Object handledException;

    /** Python-level call depth, maintained by the interpreter (for RecursionError). */
    public int recursionDepth;

    public static PyThreadState current() {
        Last l = last;
        if (l != null && l.thread == Thread.currentThread()) {
            return l.state;
        }
        return currentSlow();
    }

    @TruffleBoundary
    private static PyThreadState currentSlow() {
        PyThreadState s = CURRENT.get();
        if (!FreeThreading.enabled()) {
            last = new Last(Thread.currentThread(), s);
        }
        return s;
    }
}
