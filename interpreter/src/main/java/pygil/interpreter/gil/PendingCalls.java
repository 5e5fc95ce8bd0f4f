package pygil.interpreter.gil;

import java.util.ArrayDeque;
import java.util.function.Supplier;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.ThreadLocalAction;
import com.oracle.truffle.api.TruffleLanguage.Env;

import pygil.runtime.gil.Gil;
import pygil.runtime.gil.GilThread;

/**
 * Work for the main thread that arrives asynchronously, from another Java thread: Python
 * signal handlers (Equivalent of CPython's {@code Py_AddPendingCall} and the eval breaker's
 * "signals pending" bit, run by {@code _PyEval_MakePendingCalls} on the main thread).
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>Invariant: a pending call runs only on the main thread, and only while it holds the GIL
 * (or with the GIL off), so a handler is ordinary Python code with the usual guarantees.</li>
 * <li>Delivery when the main thread runs Python: {@link #add} submits a Truffle thread-local
 * action, performed at its next safepoint poll (back-edges, function entry, calls: the GIL's
 * check points). A handler's exception (KeyboardInterrupt) propagates from that point.</li>
 * <li>Delivery when the main thread waits in a blocking call (sleep, process wait) without the
 * GIL: {@link #add} also interrupts it; the call returns early, and {@link #blocking} runs the
 * pending calls once the GIL is back, as CPython's EINTR path runs
 * {@code PyErr_CheckSignals}. The interrupt is sent only while {@link #inBlockingCall} is set,
 * under {@link #lock}, and the flag is cleared under the same lock with the thread's interrupt
 * status, so no stray interrupt leaks into later code.</li>
 * <li>If the action finds the main thread without the GIL (it waits to take it), the action
 * does nothing and is submitted again a millisecond later, until the queue is empty.</li>
 * <li>The queue is guarded by {@link #lock}; calls run outside it (they may add more).</li>
 * </ul>
 */
public final class PendingCalls {
    private final Env env;
    private final GilControl gil;
    private final Thread mainThread;
    private final Object lock = new Object();
    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private boolean inBlockingCall;

    private final Supplier<GilThread> currentGilThread;

    /** Made on the main thread (the one that initializes the context). */
    public PendingCalls(Env env, GilControl gil, Supplier<GilThread> currentGilThread) {
        this.env = env;
        this.gil = gil;
        this.currentGilThread = currentGilThread;
        this.mainThread = Thread.currentThread();
    }

    public boolean isMainThread() {
        return Thread.currentThread() == mainThread;
    }

    /** Called from any Java thread: {@code call} will run on the main thread with the GIL. */
    public void add(Runnable call) {
        synchronized (lock) {
            queue.add(call);
            if (inBlockingCall) {
                mainThread.interrupt();
            }
        }
        submit();
    }

    private void submit() {
        try {
            env.submitThreadLocal(new Thread[] {mainThread}, new ThreadLocalAction(true, false) {
                @Override
                protected void perform(Access access) {
                    if (!holdsGil()) {
                        resubmitLater();
                        return;
                    }
                    runPending();
                }
            });
        } catch (IllegalStateException e) {
            // the context is closing or the main thread has left it: nothing left to interrupt
        }
    }

    /** Whether the current (main) thread holds the GIL, or there is none. */
    private boolean holdsGil() {
        Gil g = gil.gil();
        return g == null || g.holder() == currentGilThread.get();
    }

    private void resubmitLater() {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
            boolean more;
            synchronized (lock) {
                more = !queue.isEmpty();
            }
            if (more) {
                submit();
            }
        }, "pygil-pending-calls");
        t.setDaemon(true);
        t.start();
    }

    /** Runs every pending call if this is the main thread (with the GIL held). May raise. */
    @TruffleBoundary
    public void runPending() {
        if (!isMainThread()) {
            return;
        }
        while (true) {
            Runnable next;
            synchronized (lock) {
                next = queue.poll();
            }
            if (next == null) {
                return;
            }
            next.run();
        }
    }

    /**
     * A blocking call of the main thread, made without the GIL by {@code release}; pending
     * calls that arrive meanwhile interrupt it and run when it returns.
     */
    @TruffleBoundary
    public <T> T blocking(Supplier<T> release) {
        if (!isMainThread()) {
            return release.get();
        }
        runPending();
        synchronized (lock) {
            inBlockingCall = true;
            if (!queue.isEmpty()) {
                mainThread.interrupt();
            }
        }
        T result;
        try {
            result = release.get();
        } finally {
            synchronized (lock) {
                inBlockingCall = false;
                Thread.interrupted(); // an interrupt meant for this call only
            }
        }
        runPending();
        return result;
    }
}
