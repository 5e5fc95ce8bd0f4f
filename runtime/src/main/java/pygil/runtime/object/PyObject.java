package pygil.runtime.object;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import pygil.runtime.gil.FreeThreading;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * The root of every heap-allocated Python value (Equivalent of CPython's {@code PyObject}).
 *
 * <p>Immutable primitive values ({@code Long}, {@code BigInteger}, {@code Boolean},
 * {@code Double}, {@code String}) are not {@code PyObject}s; they are immortal and never
 * counted. Everything else extends this class and carries a reference count; see
 * {@link pygil.runtime.refcount.RefCount} for the counting design and its invariants.
 *
 * <p>A new counted object starts with {@code refcnt == 0} and is registered on the current
 * thread's zero-count table, so that a temporary that is never stored anywhere is still
 * released at the next flush.
 *
 * <p>Concurrency (design notes; the full argument is in {@code RefCount}): with the GIL on,
 * {@link #refcnt} and the release-state bits are plain fields, touched only by the GIL holder.
 * Once {@link FreeThreading#enabled()}, every write to them is atomic through the VarHandles
 * here: counts by {@code getAndAdd} (immortal objects are never written, so shared singletons
 * and types do not bounce between cores), state bits by {@code getAndBitwiseOr/And}. Reading
 * {@link #refcnt} directly is fine in both modes (an int read is never torn).
 */
public abstract class PyObject {
    /** Reference counts at or above this are immortal: {@link #decRef} can never reach zero. */
    public static final int IMMORTAL_REFCNT = 1 << 30;

    private static final int FINALIZED = 1;
    private static final int RELEASED = 2;
    private static final int IN_TABLE = 4;

    private static final VarHandle REFCNT;
    private static final VarHandle STATE;
    private static final VarHandle ID;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            REFCNT = l.findVarHandle(PyObject.class, "refcnt", int.class);
            STATE = l.findVarHandle(PyObject.class, "releaseState", int.class);
            ID = l.findVarHandle(PyObject.class, "id", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The number of counted strong references. Plain arithmetic while the GIL is held, atomic
     * through {@link #REFCNT} in free-threaded mode. Only this class writes it.
     */
    public int refcnt;

    /** {@link #FINALIZED}, {@link #RELEASED} and {@link #IN_TABLE} bits, owned by the zero-count table. */
    private int releaseState;

    /** The identity number ({@code id()}), assigned on first use; 0 until then. */
    private long id;

    private static final java.util.concurrent.atomic.AtomicLong NEXT_ID = new java.util.concurrent.atomic.AtomicLong(0x7f3a00000000L >> 4);

    /** A counted object, registered on the current thread's zero-count table. */
    protected PyObject() {
        ZeroCountTable.current().push(this);
    }

    /**
     * @param immortal true for objects that live as long as the VM (builtin types, singletons,
     *            constants); they are never counted nor put on the zero-count table.
     */
    protected PyObject(boolean immortal) {
        if (immortal) {
            refcnt = IMMORTAL_REFCNT;
        } else {
            ZeroCountTable.current().push(this);
        }
    }

    /** The Python type ({@code type(self)}). */
    public abstract PyType getType();

    public final void incRef() {
        if (FreeThreading.enabled()) {
            incRefShared();
            return;
        }
        refcnt++;
    }

    private void incRefShared() {
        if (refcnt < IMMORTAL_REFCNT / 2) {
            REFCNT.getAndAdd(this, 1);
        }
    }

    /**
     * Drops one strong reference. Reaching zero does not release the object on the spot: it is
     * pushed on the zero-count table and released at the next flush (if still unreferenced).
     */
    public final void decRef() {
        if (FreeThreading.enabled()) {
            decRefShared();
            return;
        }
        if (--refcnt == 0 && (releaseState & IN_TABLE) == 0) {
            ZeroCountTable.current().push(this);
        }
    }

    /**
     * The atomic decRef. The decrement and the IN_TABLE read are both sequentially consistent,
     * and a flushing thread clears IN_TABLE before it reads the count: so either the flusher
     * sees the zero (and releases), or this thread sees the bit clear (and pushes).
     */
    private void decRefShared() {
        if (refcnt < IMMORTAL_REFCNT / 2 && (int) REFCNT.getAndAdd(this, -1) == 1 && ((int) STATE.getVolatile(this) & IN_TABLE) == 0) {
            ZeroCountTable.current().push(this);
        }
    }

    /**
     * Adds {@code delta} to the count without pushing on a table (the zero-count table's own
     * bookkeeping while it finalizes); returns the new count.
     */
    public final int addRefRaw(int delta) {
        if (FreeThreading.enabled()) {
            return (int) REFCNT.getAndAdd(this, delta) + delta;
        }
        refcnt += delta;
        return refcnt;
    }

    /**
     * Claims the right to finalize and release this object: its count goes from 0 to 1 (the
     * claimer's own reference). False if the count was not zero, i.e. some thread took a
     * reference since the object was pushed, or another flusher claimed it first.
     */
    public final boolean claimAtZero() {
        if (FreeThreading.enabled()) {
            return REFCNT.compareAndSet(this, 0, 1);
        }
        if (refcnt != 0) {
            return false;
        }
        refcnt = 1;
        return true;
    }

    private void setBits(int bits) {
        if (FreeThreading.enabled()) {
            STATE.getAndBitwiseOr(this, bits);
        } else {
            releaseState |= bits;
        }
    }

    /** Sets {@code bits}; true if this call set them (none of them was set before). */
    private boolean claimBits(int bits) {
        if (FreeThreading.enabled()) {
            return ((int) STATE.getAndBitwiseOr(this, bits) & bits) == 0;
        }
        if ((releaseState & bits) != 0) {
            return false;
        }
        releaseState |= bits;
        return true;
    }

    /**
     * True while this object has an entry in a zero-count table. Such an object is not pushed
     * again when its count drops to zero: its existing entry lies in the part of the table of
     * the frame that registered it, where it may still be an uncounted temporary (a new object
     * whose {@code __init__} frame just dropped {@code self}, say); a second entry above a
     * callee's mark would release it too early.
     */
    public final boolean isInTable() {
        return (releaseState & IN_TABLE) != 0;
    }

    public final void setInTable(boolean inTable) {
        if (inTable) {
            setBits(IN_TABLE);
        } else if (FreeThreading.enabled()) {
            STATE.getAndBitwiseAnd(this, ~IN_TABLE);
        } else {
            releaseState &= ~IN_TABLE;
        }
    }

    /**
     * Drops every counted reference this object holds (Equivalent of a {@code tp_dealloc}
     * minus the freeing). Called at most once, by the zero-count table. Overrides decRef their
     * children in the REVERSE of the order CPython's dealloc decrefs them: the table is a
     * stack, so reversing the pushes reproduces CPython's depth-first release order.
     */
    protected void releaseReferences() {
    }

    public boolean isImmortal() {
        return refcnt >= IMMORTAL_REFCNT / 2;
    }

    /** Makes this object immortal (used for VM-lifetime objects created at bootstrap). */
    public final <T extends PyObject> T makeImmortal() {
        REFCNT.setVolatile(this, IMMORTAL_REFCNT);
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    /** True once {@code __del__} has run (PEP 442: at most once per object). */
    public final boolean isFinalized() {
        return (releaseState & FINALIZED) != 0;
    }

    public final void markFinalized() {
        setBits(FINALIZED);
    }

    /** Marks this object finalized; true if this call did it (so it must run {@code __del__}). */
    public final boolean claimFinalization() {
        return claimBits(FINALIZED);
    }

    /** True once {@link #releaseReferences()} has run. */
    public final boolean isReleased() {
        return (releaseState & RELEASED) != 0;
    }

    /** Runs {@link #releaseReferences()} once, even if several threads race here; only the zero-count table calls this. */
    public final void release() {
        if (claimBits(RELEASED)) {
            releaseReferences();
        }
    }

    /**
     * A stable identity number, unique among all objects ever created (Equivalent of the address
     * CPython's {@code id()} and default reprs show): looks like a 64-bit heap address.
     */
    public final long id() {
        long i = id;
        if (i == 0) {
            i = NEXT_ID.incrementAndGet() << 4;
            // Two threads asking at once must agree on one number.
            if (!ID.compareAndSet(this, 0L, i)) {
                i = (long) ID.getVolatile(this);
            }
        }
        return i;
    }

    @Override
    public String toString() {
        return "<" + getType().getName() + " object>";
    }
}
