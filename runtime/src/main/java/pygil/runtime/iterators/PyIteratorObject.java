package pygil.runtime.iterators;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import pygil.runtime.gil.FreeThreading;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.PyIterator;

/**
 * Base of the builtin iterator objects: each holds a counted reference to what it iterates
 * (released with the iterator) and implements {@link PyIterator}. Once exhausted an iterator
 * drops its source early, as CPython's do (so {@code next()} after the end stays exhausted).
 */
public abstract class PyIteratorObject extends PyObject implements PyIterator {
    private static final VarHandle EXHAUSTED;

    static {
        try {
            EXHAUSTED = MethodHandles.lookup().findVarHandle(PyIteratorObject.class, "exhausted", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final PyType type;
    /** 1 once the source has been dropped (see {@link #claimExhaustion()}). */
    private int exhausted;

    protected PyIteratorObject(PyType type) {
        this.type = type;
    }

    /**
     * True for exactly one caller, which must then drop the counted reference to the source:
     * without the GIL, several threads may run {@code next()} on one iterator and all see its end.
     */
    protected final boolean claimExhaustion() {
        if (FreeThreading.enabled()) {
            return EXHAUSTED.compareAndSet(this, 0, 1);
        }
        if (exhausted != 0) {
            return false;
        }
        exhausted = 1;
        return true;
    }

    @Override
    public final PyType getType() {
        return type;
    }
}
