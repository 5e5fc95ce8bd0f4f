package pygil.runtime.object;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.gil.FreeThreading;
import pygil.runtime.refcount.RefCount;

/**
 * An instance of a user-defined class whose solid base is {@code object} (Equivalent of a
 * CPython heap-type instance with a {@code __dict__}). Attributes live in an
 * {@link AttributeMap} until {@code __dict__} is requested; from then on in that dict.
 *
 * <h2>Concurrency (design notes)</h2>
 * With the GIL on nothing is locked. In free-threaded mode the instance's Java monitor guards
 * {@code attrs}, {@code dict} and {@code type}: each attribute get, set and delete is atomic
 * (a racing {@code self.n += 1} is still a get and a set, and may lose updates, as in CPython),
 * the switch from the attribute map to a real {@code __dict__} happens once, and a value read is
 * protected ({@link RefCount#protect}) so that another thread's overwrite cannot release it
 * while this thread's statement uses it. Once a real dict exists, its own lock does the work;
 * the order is always instance, then dict (a dict never takes an instance's lock), so the two
 * cannot deadlock. No Python code runs under the instance lock.
 */
public class PyInstance extends PyObject implements HasAttributes {
    private PyType type;
    private AttributeMap attrs;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
        type.incRef();
    }

    @Override
    public final PyType getType() {
        return type;
    }

    /** {@code obj.__class__ = cls}; the caller checked layout compatibility. */
    public final void setType(PyType newType) {
        if (FreeThreading.enabled()) {
            setTypeLocked(newType);
            return;
        }
        setTypeRaw(newType);
    }

    @TruffleBoundary
    private synchronized void setTypeLocked(PyType newType) {
        setTypeRaw(newType);
    }

    private void setTypeRaw(PyType newType) {
        newType.incRef();
        PyType old = type;
        type = newType;
        old.decRef();
    }

    @Override
    public final Object getAttribute(String name) {
        if (FreeThreading.enabled()) {
            return getAttributeLocked(name);
        }
        if (dict != null) {
            return dict.getString(name);
        }
        return attrs == null ? null : attrs.get(name);
    }

    @TruffleBoundary
    private synchronized Object getAttributeLocked(String name) {
        if (dict != null) {
            return dict.getString(name); // protected by the dict
        }
        return attrs == null ? null : RefCount.protect(attrs.get(name));
    }

    @Override
    public final void setAttribute(String name, Object value) {
        if (FreeThreading.enabled()) {
            setAttributeLocked(name, value);
            return;
        }
        setAttributeRaw(name, value);
    }

    @TruffleBoundary
    private synchronized void setAttributeLocked(String name, Object value) {
        setAttributeRaw(name, value);
    }

    private void setAttributeRaw(String name, Object value) {
        if (dict != null) {
            dict.putString(name, value);
            return;
        }
        if (attrs == null) {
            attrs = new AttributeMap();
        }
        attrs.put(name, value);
    }

    @Override
    public final boolean deleteAttribute(String name) {
        if (FreeThreading.enabled()) {
            return deleteAttributeLocked(name);
        }
        return deleteAttributeRaw(name);
    }

    @TruffleBoundary
    private synchronized boolean deleteAttributeLocked(String name) {
        return deleteAttributeRaw(name);
    }

    private boolean deleteAttributeRaw(String name) {
        if (dict != null) {
            return dict.delItem(name);
        }
        return attrs != null && attrs.remove(name);
    }

    @Override
    public final PyDict getDict() {
        if (FreeThreading.enabled()) {
            return getDictLocked();
        }
        return getDictRaw();
    }

    @TruffleBoundary
    private synchronized PyDict getDictLocked() {
        return getDictRaw();
    }

    private PyDict getDictRaw() {
        if (dict == null) {
            dict = attrs == null ? new PyDict() : attrs.toDict();
            dict.incRef();
            attrs = null;
        }
        return dict;
    }

    /** {@code obj.__dict__ = d}. */
    public final void setDict(PyDict d) {
        if (FreeThreading.enabled()) {
            setDictLocked(d);
            return;
        }
        setDictRaw(d);
    }

    @TruffleBoundary
    private synchronized void setDictLocked(PyDict d) {
        setDictRaw(d);
    }

    private void setDictRaw(PyDict d) {
        d.incRef();
        PyDict old = dict;
        if (old == null) {
            old = getDictRaw();
        }
        dict = d;
        attrs = null;
        old.decRef();
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(type);
        if (dict != null) {
            dict.decRef();
        } else if (attrs != null) {
            attrs.release();
        }
    }
}
