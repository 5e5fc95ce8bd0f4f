package pygil.runtime.object;

import pygil.runtime.refcount.RefCount;

/**
 * An instance of a user class deriving from {@code complex}: a complex with a type and a dict
 * (Equivalent of a CPython heap-type instance whose solid base is {@code complex}). The
 * builtin code treats it as a complex wherever it accepts {@code PyComplex}, as CPython's
 * {@code Py*_Check} accepts subclasses.
 */
public final class PyComplexSub extends PyComplex implements HasAttributes {
    private final PyType type;
    private PyDict dict;

    public PyComplexSub(PyType type, double real, double imag) {
        super(real, imag, false);
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
