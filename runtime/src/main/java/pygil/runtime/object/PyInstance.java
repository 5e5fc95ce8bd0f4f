package pygil.runtime.object;

import pygil.runtime.refcount.RefCount;

/**
 * An instance of a user-defined class whose solid base is {@code object} (Equivalent of a
 * CPython heap-type instance with a {@code __dict__}). Attributes live in an
 * {@link AttributeMap} until {@code __dict__} is requested; from then on in that dict.
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
        newType.incRef();
        PyType old = type;
        type = newType;
        old.decRef();
    }

    @Override
    public final Object getAttribute(String name) {
        if (dict != null) {
            return dict.getString(name);
        }
        return attrs == null ? null : attrs.get(name);
    }

    @Override
    public final void setAttribute(String name, Object value) {
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
        if (dict != null) {
            return dict.delItem(name);
        }
        return attrs != null && attrs.remove(name);
    }

    @Override
    public final PyDict getDict() {
        if (dict == null) {
            dict = attrs == null ? new PyDict() : attrs.toDict();
            dict.incRef();
            attrs = null;
        }
        return dict;
    }

    /** {@code obj.__dict__ = d}. */
    public final void setDict(PyDict d) {
        d.incRef();
        PyDict old = dict;
        if (old == null) {
            old = getDict();
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
