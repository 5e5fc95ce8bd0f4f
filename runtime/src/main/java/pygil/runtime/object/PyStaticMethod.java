package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/** {@code staticmethod} (Equivalent of CPython's {@code staticmethod} object): wraps {@link #callable}. */
public final class PyStaticMethod extends PyObject {
    public final Object callable;
    private PyDict dict;

    public PyStaticMethod(Object callable) {
        this.callable = callable;
        RefCount.incRef(callable);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.STATICMETHOD;
    }

    /** The attribute dict ({@code __wrapped__}, ...), created on demand. */
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
            dict.incRef();
        }
        return dict;
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(dict);
        RefCount.decRef(callable);
    }
}
