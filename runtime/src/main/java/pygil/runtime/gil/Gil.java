package pygil.runtime.gil;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The global interpreter lock, simulating CPython's "new GIL" (3.2+, {@code ceval_gil.c}).
 *
 * <h2>Design notes</h2>
 * <b>State</b> (all guarded by {@link #mutex}): {@code locked}, the {@code holder},
 * {@code lastHolder} (the thread that took the GIL most recently), and {@code switchNumber},
 * which counts handoffs to a different thread.
 *
 * <p><b>take</b> ({@link #take}): while the GIL is locked, wait on {@link #released} for one
 * switch interval. If the wait timed out, the GIL is still locked and no switch happened
 * meanwhile ({@code switchNumber} unchanged), ask the holder to drop it: its
 * {@link GilThread#requestDrop()} sets the request, which the holder notices at its next check
 * point (CPython's eval breaker); the request's hook (a Truffle thread-local action, say) is run
 * after releasing the mutex, so that no VM lock is ever taken while the mutex is held. On getting the GIL: {@code locked = true}; if the new holder
 * is not {@code lastHolder}, {@code switchNumber++}; signal {@link #switched}; clear the taker's
 * own drop request.
 *
 * <p><b>drop</b> ({@link #drop}): {@code locked = false}, signal one waiter. If the drop was
 * requested (forced switching), the dropping thread then waits on {@link #switched} until
 * {@code lastHolder} is another thread, so that on a multicore machine it cannot take the GIL
 * straight back: that is why CPython has FORCE_SWITCHING.
 *
 * <p><b>Invariants</b>: at most one thread holds the GIL ({@code locked} and {@code holder} agree);
 * only the holder drops it; a drop request is only ever set on the current holder and cleared by
 * that thread when it next takes the GIL; {@code switchNumber} only grows.
 *
 * <p><b>Who calls what</b>: a thread calls {@link #take} before running guest code and
 * {@link #drop} when it stops (thread exit, a blocking call through {@link #releaseWhile}, or
 * a check point that found a drop request: {@link #yieldIfRequested}). The interval
 * ({@code sys.setswitchinterval}) may be changed by any thread at any time; waits use the value
 * current when they start, as CPython's do.
 *
 * <p><b>Rejected</b>: a fair {@code ReentrantLock} (GraalPy's choice) hands the GIL over in FIFO
 * order and hides the convoy effect and the switch-interval behaviour users come to study; a
 * periodic scheduler thread (also GraalPy's) replaces CPython's waiter-driven drop requests with
 * a clock. Both would make pygil benchmark unlike CPython.
 */
public final class Gil {
    /** CPython's default switch interval: 5 ms. */
    public static final long DEFAULT_INTERVAL_NANOS = 5_000_000L;

    private final ReentrantLock mutex = new ReentrantLock();
    /** Signalled when the GIL is dropped (waiters in {@link #take}). */
    private final Condition released = mutex.newCondition();
    /** Signalled when the GIL is taken (a forced dropper waits for another thread to take it). */
    private final Condition switched = mutex.newCondition();

    private boolean locked;
    private GilThread holder;
    private GilThread lastHolder;
    private long switchNumber;
    private int waiting;
    private volatile long intervalNanos = DEFAULT_INTERVAL_NANOS;

    /** The switch interval in seconds ({@code sys.getswitchinterval()}). */
    public double getSwitchInterval() {
        return intervalNanos / 1e9;
    }

    /** {@code sys.setswitchinterval(s)}; the caller validates {@code s > 0}. Takes effect for waits that start afterwards. */
    public void setSwitchInterval(double seconds) {
        intervalNanos = Math.max(1, Math.round(seconds * 1e9));
    }

    /** Handoffs to a different thread so far. */
    public long switchNumber() {
        mutex.lock();
        try {
            return switchNumber;
        } finally {
            mutex.unlock();
        }
    }

    /** The thread holding the GIL, or null. */
    public GilThread holder() {
        mutex.lock();
        try {
            return holder;
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Takes the GIL for {@code t} (Equivalent of {@code take_gil}). Blocks until it is free;
     * every interval spent waiting without a switch asks the holder to drop it.
     *
     * @throws InterruptedException if the thread is interrupted while waiting (the GIL is then
     *             not held)
     */
    public void take(GilThread t) throws InterruptedException {
        long start = System.nanoTime();
        mutex.lock();
        try {
            if (locked && holder == t) {
                throw new IllegalStateException("GIL taken twice by " + t);
            }
            waiting++;
            boolean got = false;
            try {
                while (locked) {
                    long saved = switchNumber;
                    long remaining = released.awaitNanos(intervalNanos);
                    if (remaining <= 0 && locked && switchNumber == saved && holder != null && holder.requestDrop()) {
                        // deliver outside the mutex: the hook may take the VM's own locks
                        GilThread h = holder;
                        mutex.unlock();
                        try {
                            h.deliverDropRequest();
                        } finally {
                            mutex.lock();
                        }
                    }
                }
                got = true;
            } finally {
                waiting--;
                if (!got) {
                    switched.signalAll(); // a forced dropper may be waiting for us: stop it waiting
                }
            }
            locked = true;
            holder = t;
            if (lastHolder != t) {
                lastHolder = t;
                switchNumber++;
            }
            switched.signalAll();
            t.clearDropRequest();
            t.stats().acquired(System.nanoTime() - start);
        } finally {
            mutex.unlock();
        }
    }

    /**
     * Drops the GIL held by {@code t} (Equivalent of {@code drop_gil}). If a drop was requested
     * and another thread is waiting, waits until some other thread has taken it (forced
     * switching).
     */
    public void drop(GilThread t) {
        mutex.lock();
        try {
            if (!locked || holder != t) {
                throw new IllegalStateException("GIL dropped by " + t + " but held by " + holder);
            }
            t.stats().released();
            locked = false;
            holder = null;
            released.signal();
            if (t.isDropRequested() && waiting > 0) {
                t.stats().forcedSwitch();
                // FORCE_SWITCHING: let another thread take it before we may try again
                while (lastHolder == t && waiting > 0) {
                    switched.awaitUninterruptibly();
                }
            }
        } finally {
            mutex.unlock();
        }
    }

    /**
     * A check point (Equivalent of the eval breaker's GIL part): if a drop was requested, drop
     * the GIL and take it again, letting a waiter run in between. Answers whether it switched.
     */
    public boolean yieldIfRequested(GilThread t) throws InterruptedException {
        if (!t.isDropRequested()) {
            return false;
        }
        drop(t);
        take(t);
        return true;
    }

    /**
     * Runs a blocking call without the GIL (Equivalent of
     * {@code Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS}); the GIL is taken again afterwards
     * even if the call fails.
     */
    public <T, E extends Exception> T releaseWhile(GilThread t, BlockingCall<T, E> call) throws E, InterruptedException {
        drop(t);
        try {
            return call.run();
        } finally {
            take(t);
        }
    }

    /** A call that may block. */
    @FunctionalInterface
    public interface BlockingCall<T, E extends Exception> {
        T run() throws E;
    }

    /** Interval in milliseconds, for diagnostics. */
    public long intervalMillis() {
        return TimeUnit.NANOSECONDS.toMillis(intervalNanos);
    }
}
