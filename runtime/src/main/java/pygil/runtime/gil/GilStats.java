package pygil.runtime.gil;

/**
 * Per-thread GIL counters: acquisitions, drop requests received, forced switches, total time
 * holding and waiting, and the hold time of each acquisition that ended in a forced switch
 * (to compare with the switch interval).
 *
 * <p>Design notes: updated only by the owning thread (acquired/released/forcedSwitch) or, for
 * {@link #dropRequested()}, by a waiter holding the GIL's mutex; readers may see slightly stale
 * values, which is fine for statistics. Longs are volatile so that reads are not torn.
 */
public final class GilStats {
    private volatile long acquisitions;
    private volatile long dropRequests;
    private volatile long forcedSwitches;
    private volatile long holdNanos;
    private volatile long waitNanos;
    private long heldSince;
    private final LongSamples forcedHolds = new LongSamples(4096);

    void acquired(long waitedNanos) {
        acquisitions++;
        waitNanos += waitedNanos;
        heldSince = System.nanoTime();
    }

    void released() {
        holdNanos += System.nanoTime() - heldSince;
    }

    void forcedSwitch() {
        forcedSwitches++;
        forcedHolds.add(System.nanoTime() - heldSince);
    }

    void dropRequested() {
        dropRequests++;
    }

    public long acquisitions() {
        return acquisitions;
    }

    public long dropRequests() {
        return dropRequests;
    }

    public long forcedSwitches() {
        return forcedSwitches;
    }

    public long holdNanos() {
        return holdNanos;
    }

    public long waitNanos() {
        return waitNanos;
    }

    /** Median time the GIL was held before a forced switch, in nanoseconds (0 if none). */
    public long medianForcedHoldNanos() {
        return forcedHolds.median();
    }
}
