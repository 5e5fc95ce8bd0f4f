package pygil.interpreter.gil;

import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.gil.Gil;
import pygil.runtime.gil.GilThread;

/**
 * The one owner of GIL transitions for guest threads (Equivalent of CPython's
 * {@code PyEval_AcquireThread}/{@code PyEval_ReleaseThread} and the eval breaker's GIL drop).
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>Invariant: a thread runs guest code only while it holds the GIL (when the GIL is on). It
 * takes the GIL when it starts running guest code ({@link #acquire}) and drops it when it stops
 * ({@link #release}) or around a blocking call ({@link #releaseWhile}).</li>
 * <li>Drop requests reach the holder as a Truffle thread-local action submitted to its Java
 * thread; the action runs at the holder's next safepoint poll, which the Bytecode DSL places at
 * loop back-edges and which function entry adds explicitly: CPython 3.10+'s check points. In
 * the action the holder drops the GIL and takes it again ({@link Gil#yieldIfRequested}).</li>
 * <li>Waiting for the GIL happens in a "blocked" safepoint state, so that context cancellation
 * and other thread-local actions still reach a thread that waits.</li>
 * <li>With the GIL off ({@code --gil=off}) every method here does nothing.</li>
 * </ul>
 */
public final class GilControl {
    private final Gil gil;
    private final Env env;
    /** Every thread that ever took the GIL, for the counters ({@code _pygil.gil_stats()}). */
    private final java.util.List<GilThread> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

    public GilControl(Env env, boolean enabled, double switchInterval) {
        this.env = env;
        this.gil = enabled ? new Gil() : null;
        if (gil != null) {
            gil.setSwitchInterval(switchInterval);
        }
    }

    public boolean isEnabled() {
        return gil != null;
    }

    /** The threads that have taken the GIL so far. */
    public java.util.List<GilThread> threads() {
        return threads;
    }

    /** The lock itself (null with the GIL off). */
    public Gil gil() {
        return gil;
    }

    /** The current thread starts running guest code: take the GIL (waiting as long as needed). */
    @TruffleBoundary
    public void acquire(GilThread me, Node location) {
        if (gil == null) {
            return;
        }
        Thread javaThread = Thread.currentThread();
        if (!threads.contains(me)) {
            threads.add(me);
        }
        me.setOnDropRequest(() -> submitDropAction(javaThread, me));
        TruffleSafepoint.setBlockedThreadInterruptible(location, gil::take, me);
    }

    /** The current thread stops running guest code. */
    @TruffleBoundary
    public void release(GilThread me) {
        if (gil != null) {
            gil.drop(me);
        }
    }

    /** Runs a blocking call without the GIL (Equivalent of Py_BEGIN/END_ALLOW_THREADS). */
    @TruffleBoundary
    public <T> T releaseWhile(GilThread me, Node location, Supplier<T> call) {
        if (gil == null) {
            return call.get();
        }
        gil.drop(me);
        try {
            return call.get();
        } finally {
            TruffleSafepoint.setBlockedThreadInterruptible(location, gil::take, me);
        }
    }

    private void submitDropAction(Thread holder, GilThread me) {
        env.submitThreadLocal(new Thread[]{holder}, new ThreadLocalAction(true, false) {
            @Override
            protected void perform(Access access) {
                yieldGil(me, access.getLocation());
            }
        });
    }

    /** At a check point with a drop request pending: let a waiting thread run, then continue. */
    @TruffleBoundary
    void yieldGil(GilThread me, Node location) {
        if (gil == null || !me.isDropRequested() || gil.holder() != me) {
            return;
        }
        gil.drop(me);
        TruffleSafepoint.setBlockedThreadInterruptible(location, gil::take, me);
    }
}
