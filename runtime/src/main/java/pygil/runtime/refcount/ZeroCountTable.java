package pygil.runtime.refcount;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.gil.FreeThreading;
import pygil.runtime.object.PyObject;

/**
 * One thread's zero-count table: a stack of objects whose reference count was zero when
 * pushed. See {@link RefCount} for the design notes.
 *
 * <h2>Invariants</h2>
 * <ul>
 * <li>Only the owning thread pushes or flushes (the table is reached through
 * {@link PyThreadState#current()}).</li>
 * <li>{@link #flush(int)} never pops below its mark: entries under the mark belong to frames
 * further down the stack and may be in use as uncounted temporaries.</li>
 * <li>An entry is released at most once ({@link PyObject#isReleased()}), finalized at most once
 * ({@link PyObject#isFinalized()}).</li>
 * </ul>
 *
 * <p>Who calls what: {@code PyObject}'s constructor and {@code decRef} call {@link #push};
 * the interpreter calls {@link #mark()} at frame entry and {@link #flush(int)} after each
 * statement and at frame exit.
 *
 * <h2>Free-threaded mode (design notes)</h2>
 * Without the GIL, an object at zero in this table may be reachable from another thread in two
 * ways, and neither may let this thread release it under that thread's feet:
 * <ul>
 * <li>The other thread read it from a shared container or attribute just before this thread
 * removed it there. Shared reads are <em>protected</em> ({@link #pushDeferredDecRef}): the
 * reader increments the count while it holds the container's lock and records a deferred
 * decrement here, in its own table, which runs at its next flush (the end of its statement).
 * So a removal that happens after the read leaves the count above zero until the reader's
 * statement is over, exactly the span in which the reader holds the object uncounted.</li>
 * <li>Several threads push the same object (it went 0, 1, 0 on different threads). Releasing
 * is claimed with a compare-and-set of the count from 0 to 1 ({@link PyObject#claimAtZero()}):
 * the one thread that wins finalizes and releases; a thread that sees a non-zero count (a
 * reference was taken, or another flusher holds the claim) drops its entry. {@code __del__}
 * and {@code releaseReferences} are each claimed once more with a state bit.</li>
 * </ul>
 * An entry is never released by another thread's table: each table is private to its thread.
 * A deferred decrement is an entry flagged in {@link #deferred}; it never sets the object's
 * IN_TABLE bit, and its decRef may push the object again above the mark, where this same flush
 * then releases it.
 */
public final class ZeroCountTable {
    /**
     * Runs {@code __del__} for an object (installed by the object layer: the table itself
     * knows nothing about types or calls).
     */
    public interface Finalizer {
        /** Calls {@code type(obj).__del__(obj)} if there is one; reports errors itself. */
        void finalize(PyObject obj);

        /** True if {@code type(obj)} defines {@code __del__}. */
        boolean hasFinalizer(PyObject obj);
    }

    private static volatile Finalizer finalizer;

    private PyObject[] stack = new PyObject[256];
    /** Entries that are deferred decRefs (free-threaded mode only), else plain zero-count entries. */
    private boolean[] deferred = new boolean[256];
    private int top;

    /**
     * The current thread's table. A boundary: the ThreadLocal lookup must not be partially
     * evaluated. (The interpreter can avoid it by keeping its thread state in a Truffle
     * {@code ContextThreadLocal} and calling {@link #push} on that table directly.)
     */
    @TruffleBoundary
    public static ZeroCountTable current() {
        return PyThreadState.current().zct;
    }

    public static void setFinalizer(Finalizer f) {
        finalizer = f;
    }

    /** The current height, to be passed to {@link #flush(int)} later. */
    public int mark() {
        return top;
    }

    public void push(PyObject o) {
        if (top == stack.length) {
            grow();
        }
        o.setInTable(true);
        stack[top++] = o;
    }

    /**
     * Records that the current statement holds one counted reference to {@code o} that the next
     * flush drops (a protected read of a shared container; the caller already incremented).
     */
    public void pushDeferredDecRef(PyObject o) {
        if (top == stack.length) {
            grow();
        }
        deferred[top] = true;
        stack[top++] = o;
    }

    /**
     * How many deferred decRefs of {@code o} this table holds: the references this thread's
     * protected reads took, which {@code sys.getrefcount} leaves out (they are ours, like
     * CPython's borrowed references, and a program that compares counts must not see them).
     */
    @TruffleBoundary
    public int deferredCount(PyObject o) {
        int n = 0;
        for (int i = 0; i < top; i++) {
            if (deferred[i] && stack[i] == o) {
                n++;
            }
        }
        return n;
    }

    @TruffleBoundary
    private void grow() {
        stack = Arrays.copyOf(stack, stack.length * 2);
        deferred = Arrays.copyOf(deferred, stack.length);
    }

    /**
     * Releases every entry above {@code mark} whose count is still zero, then leaves the table
     * at {@code mark}. Cheap when nothing was pushed (one compare).
     */
    public void flush(int mark) {
        if (top > mark) {
            flushSlow(mark);
        }
    }

    /** {@link #flush(int)}, keeping {@code keep} (a return value) alive for the caller. */
    public void flushKeeping(int mark, Object keep) {
        if (top > mark) {
            if (keep instanceof PyObject p) {
                p.incRef();
                flushSlow(mark);
                // Back to its old count; at zero it is pushed again, now in the caller's part.
                p.decRef();
            } else {
                flushSlow(mark);
            }
        }
    }

    @TruffleBoundary
    private void flushSlow(int mark) {
        while (top > mark) {
            PyObject o = stack[--top];
            stack[top] = null;
            if (deferred[top]) {
                deferred[top] = false;
                o.decRef(); // at zero it is pushed again, above the mark: released below
                continue;
            }
            o.setInTable(false);
            if (o.refcnt == 0 && !o.isReleased() && o.claimAtZero()) {
                releaseOne(o);
            }
        }
    }

    /** Finalizes and releases {@code o}, whose count this thread has claimed (it is 1, ours). */
    private void releaseOne(PyObject o) {
        Finalizer f = finalizer;
        if (!o.isFinalized() && f != null && f.hasFinalizer(o) && o.claimFinalization()) {
            // __del__ sees the object alive: count 1 while it runs (as CPython's
            // PyObject_CallFinalizerFromDealloc does), so that decRefs inside do not re-push it.
            int m = top;
            f.finalize(o);
            flush(m);
        }
        if (o.addRefRaw(-1) != 0) {
            return; // resurrected: it will be pushed again when its count drops to zero
        }
        o.release();
    }

    /** Number of entries (for tests and debugging). */
    public int size() {
        return top;
    }
}
