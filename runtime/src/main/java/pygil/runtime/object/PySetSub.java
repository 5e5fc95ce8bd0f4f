package pygil.runtime.object;

import pygil.runtime.refcount.RefCount;

/**
 * An instance of a user class deriving from {@code set}: a set with a type and a dict
 * (Equivalent of a CPython heap-type instance whose solid base is {@code set}). The
 * builtin code treats it as a set wherever it accepts {@code PySet}, as CPython's
 * {@code Py*_Check} accepts subclasses.
 */
public final class PySetSub extends PySet implements HasAttributes {
    private final PyType type;
    private PyDict dict;

    public PySetSub(PyType type) {
        this.type = type;
        type.incRef();
    }

    @Override
    public PyType getType() {
        return type;
    }

    @Override
    public Object getAttribute(String name) {
        return dict == null ? null : dict.getString(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        getDict().putString(name, value);
    }

    @Override
    public boolean deleteAttribute(String name) {
        return dict != null && dict.delItem(name);
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
            dict.incRef();
        }
        return dict;
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(type);
        RefCount.decRef(dict);
        super.releaseReferences();
    }
}
