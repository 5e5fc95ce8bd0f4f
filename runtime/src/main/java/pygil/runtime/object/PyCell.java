package pygil.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.refcount.RefCount;

/**
 * A closure cell (Equivalent of {@code PyCellObject}): holds one counted reference, or null
 * when empty (an unbound free variable).
 *
 * <p>Concurrency: with the GIL off, a cell shared by closures running in several threads is
 * read and replaced under the cell's monitor, and a read is protected
 * ({@link RefCount#protect}), so a replacement on another thread cannot release the old value
 * while a reader's statement still uses it.
 */
public final class PyCell extends PyObject {
    private Object value;

    public PyCell() {
    }

    public PyCell(Object value) {
        RefCount.incRef(value);
        this.value = value;
    }

    /** The contents, or null if empty. */
    public Object get() {
        if (FreeThreading.enabled()) {
            return getLocked();
        }
        return value;
    }

    @TruffleBoundary
    private synchronized Object getLocked() {
        return RefCount.protect(value);
    }

    /** Replaces the contents (null empties the cell). */
    public void set(Object v) {
        if (FreeThreading.enabled()) {
            setLocked(v);
            return;
        }
        setRaw(v);
    }

    @TruffleBoundary
    private synchronized void setLocked(Object v) {
        setRaw(v);
    }

    private void setRaw(Object v) {
        Object old = value;
        RefCount.incRef(v);
        value = v;
        RefCount.decRef(old);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.CELL;
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(value);
    }
}
