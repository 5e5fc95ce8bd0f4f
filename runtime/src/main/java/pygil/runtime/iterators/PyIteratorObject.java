package pygil.runtime.iterators;

import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.PyIterator;

/**
 * Base of the builtin iterator objects: each holds a counted reference to what it iterates
 * (released with the iterator) and implements {@link PyIterator}. Once exhausted an iterator
 * drops its source early, as CPython's do (so {@code next()} after the end stays exhausted).
 */
public abstract class PyIteratorObject extends PyObject implements PyIterator {
    private final PyType type;

    protected PyIteratorObject(PyType type) {
        this.type = type;
    }

    @Override
    public final PyType getType() {
        return type;
    }
}
