package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/** A bound method (Equivalent of {@code PyMethodObject}): calling it prepends {@link #self}. */
public final class PyMethod extends PyObject {
    public final Object self;
    public final Object function;

    public PyMethod(Object self, Object function) {
        this.self = self;
        this.function = function;
        RefCount.incRef(self);
        RefCount.incRef(function);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.METHOD;
    }

    @Override
    protected void releaseReferences() {
        // CPython's method_dealloc: Py_DECREF(im_func); Py_XDECREF(im_self) -> push in reverse.
        RefCount.decRef(self);
        RefCount.decRef(function);
    }
}
