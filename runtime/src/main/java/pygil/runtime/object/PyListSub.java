package pygil.runtime.object;

import pygil.runtime.refcount.RefCount;

/** An instance of a user class deriving from {@code list}: a list with a type and a dict. */
public final class PyListSub extends PyList implements HasAttributes {
    private PyType type;
    private PyDict dict;

    public PyListSub(PyType type) {
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
