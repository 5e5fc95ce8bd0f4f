package pygil.runtime.gil;

/**
 * One thread's side of the GIL (the part of CPython's {@code PyThreadState} the GIL uses): its
 * drop request, the hook that delivers it, and its counters.
 *
 * <h2>Design notes</h2>
 * The drop request is a volatile flag: set by a waiting thread (under the GIL's mutex), read by
 * the holder at its check points without any lock, cleared by the holder itself when it next
 * takes the GIL. {@link #onDropRequest} lets the interpreter turn the request into a Truffle
 * thread-local action, so that a holder spinning in compiled code notices it at its next
 * safepoint poll (back-edges, calls) with no polling cost of its own.
 */
public class GilThread {
    private final String name;
    private volatile boolean dropRequested;
    private final GilStats stats = new GilStats();
    private volatile Runnable onDropRequest;

    public GilThread(String name) {
        this.name = name;
    }

    /**
     * Called with the GIL's mutex held, by a waiter whose wait timed out. Answers true if the
     * request is new; the caller then runs {@link #deliverDropRequest()} without the mutex.
     */
    boolean requestDrop() {
        if (!dropRequested) {
            dropRequested = true;
            stats.dropRequested();
            return true;
        }
        return false;
    }

    /** Runs the delivery hook of a new drop request (without the GIL's mutex held). */
    void deliverDropRequest() {
        Runnable hook = onDropRequest;
        if (hook != null && dropRequested) {
            hook.run();
        }
    }

    void clearDropRequest() {
        dropRequested = false;
    }

    public boolean isDropRequested() {
        return dropRequested;
    }

    /** Sets what else happens when a drop is requested (e.g. submitting a thread-local action). */
    public void setOnDropRequest(Runnable hook) {
        this.onDropRequest = hook;
    }

    public GilStats stats() {
        return stats;
    }

    @Override
    public String toString() {
        return name;
    }
}
