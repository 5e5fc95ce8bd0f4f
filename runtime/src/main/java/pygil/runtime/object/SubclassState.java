package pygil.runtime.object;

import pygil.runtime.refcount.RefCount;

/**
 * What an instance of a user class deriving from a builtin container or value type adds to the
 * builtin object: its class and its {@code __dict__} (created on first use). Holds one counted
 * reference to each, dropped by {@link #release()}.
 */
public final class SubclassState {
    final PyType type;
    private PyDict dict;

    public SubclassState(PyType type) {
        this.type = type;
        type.incRef();
    }

    PyDict dict() {
        if (dict == null) {
            dict = new PyDict();
            dict.incRef();
        }
        return dict;
    }

    PyDict dictIfPresent() {
        return dict;
    }

    void release() {
        RefCount.decRef(type);
        RefCount.decRef(dict);
    }
}
