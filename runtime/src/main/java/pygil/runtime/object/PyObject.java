package pygil.runtime.object;

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
 */
public abstract class PyObject {
    /** Reference counts at or above this are immortal: {@link #decRef} can never reach zero. */
    public static final int IMMORTAL_REFCNT = 1 << 30;

    private static final byte FINALIZED = 1;
    private static final byte RELEASED = 2;
    private static final byte IN_TABLE = 4;

    /**
     * The number of counted strong references. Plain arithmetic while the GIL is held; the
     * free-threaded mode will access it through a VarHandle (see RefCount's design notes).
     */
    public int refcnt;

    /** {@link #FINALIZED}, {@link #RELEASED} and {@link #IN_TABLE} bits, owned by the zero-count table. */
    private byte releaseState;

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
        refcnt++;
    }

    /**
     * Drops one strong reference. Reaching zero does not release the object on the spot: it is
     * pushed on the zero-count table and released at the next flush (if still unreferenced).
     */
    public final void decRef() {
        if (--refcnt == 0 && (releaseState & IN_TABLE) == 0) {
            ZeroCountTable.current().push(this);
        }
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
        releaseState = (byte) (inTable ? releaseState | IN_TABLE : releaseState & ~IN_TABLE);
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
        refcnt = IMMORTAL_REFCNT;
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    /** True once {@code __del__} has run (PEP 442: at most once per object). */
    public final boolean isFinalized() {
        return (releaseState & FINALIZED) != 0;
    }

    public final void markFinalized() {
        releaseState |= FINALIZED;
    }

    /** True once {@link #releaseReferences()} has run. */
    public final boolean isReleased() {
        return (releaseState & RELEASED) != 0;
    }

    /** Runs {@link #releaseReferences()} once; only the zero-count table calls this. */
    public final void release() {
        if ((releaseState & RELEASED) == 0) {
            releaseState |= RELEASED;
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
            id = i;
        }
        return i;
    }

    @Override
    public String toString() {
        return "<" + getType().getName() + " object>";
    }
}
