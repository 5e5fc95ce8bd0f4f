package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/** Python {@code slice} (Equivalent of {@code PySliceObject}); absent parts are None. */
public final class PySlice extends PyObject {
    public final Object start;
    public final Object stop;
    public final Object step;

    public PySlice(Object start, Object stop, Object step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        RefCount.incRef(start);
        RefCount.incRef(stop);
        RefCount.incRef(step);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.SLICE;
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(step);
        RefCount.decRef(stop);
        RefCount.decRef(start);
    }
}
