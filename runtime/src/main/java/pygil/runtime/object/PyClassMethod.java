package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/** {@code classmethod} (Equivalent of CPython's {@code classmethod} object): wraps {@link #callable}. */
public final class PyClassMethod extends PyObject {
    public final Object callable;
    private PyDict dict;

    public PyClassMethod(Object callable) {
        this.callable = callable;
        RefCount.incRef(callable);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.CLASSMETHOD;
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
