package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/**
 * A module (Equivalent of {@code PyModuleObject}): a name and a namespace dict, which also holds
 * {@code __name__}, {@code __doc__} and the module's globals.
 */
public class PyModule extends PyObject implements HasAttributes {
    public final String name;
    public final PyDict dict;
    /** True for modules implemented in Java (their repr says "(built-in)"). */
    public boolean isBuiltin;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    /** A module over an existing namespace (the interpreter's globals dict). */
    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        dict.incRef();
        if (dict.getString("__name__") == null) {
            dict.putString("__name__", name);
        }
        if (dict.getString("__doc__") == null) {
            dict.putString("__doc__", PNone.NONE);
        }
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.MODULE;
    }

    @Override
    public Object getAttribute(String attr) {
        return dict.getString(attr);
    }

    @Override
    public void setAttribute(String attr, Object value) {
        dict.putString(attr, value);
    }

    @Override
    public boolean deleteAttribute(String attr) {
        return dict.delItem(attr);
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    protected void releaseReferences() {
        dict.decRef();
    }
}
