package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/**
 * A closure cell (Equivalent of {@code PyCellObject}): holds one counted reference, or null
 * when empty (an unbound free variable).
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
        return value;
    }

    /** Replaces the contents (null empties the cell). */
    public void set(Object v) {
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
