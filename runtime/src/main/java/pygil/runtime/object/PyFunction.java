package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/**
 * A Python function (Equivalent of {@code PyFunctionObject}). Calls go through
 * {@link pygil.runtime.call.ArgBinder} and {@code code.callTarget}. Counted: globals, defaults,
 * keyword-only defaults, closure cells, doc and the attribute dict.
 */
public final class PyFunction extends PyObject implements HasAttributes {
    private static final Object[] NO_DEFAULTS = new Object[0];
    private static final PyCell[] NO_CELLS = new PyCell[0];

    public PyCode code;
    public final PyDict globals;
    /** Defaults of the last positional parameters (may be empty, never null). */
    public Object[] defaults;
    /** Defaults of keyword-only parameters, or null. */
    public PyDict kwDefaults;
    /** Cells of the free variables (may be empty, never null). */
    public final PyCell[] closure;
    public String name;
    public String qualname;
    public Object doc;
    public String module;
    private PyDict dict;

    public PyFunction(PyCode code, PyDict globals, Object[] defaults, PyDict kwDefaults, PyCell[] closure, String name, String qualname, Object doc, String module) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults == null ? NO_DEFAULTS : defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure == null ? NO_CELLS : closure;
        this.name = name;
        this.qualname = qualname;
        this.doc = doc == null ? PNone.NONE : doc;
        this.module = module;
        RefCount.incRef(globals);
        RefCount.incRefAll(this.defaults, this.defaults.length);
        RefCount.incRef(kwDefaults);
        RefCount.incRefAll(this.closure, this.closure.length);
        RefCount.incRef(this.doc);
    }

    /** A function named after its code object, module from {@code globals['__name__']}. */
    public PyFunction(PyCode code, PyDict globals, Object[] defaults, PyDict kwDefaults, PyCell[] closure) {
        this(code, globals, defaults, kwDefaults, closure, code.name, code.qualname, null,
                        globals != null && globals.getString("__name__") instanceof String s ? s : null);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.FUNCTION;
    }

    /** {@code f.__defaults__ = t} (null or empty for none). */
    public void setDefaults(Object[] d) {
        Object[] nd = d == null ? NO_DEFAULTS : d;
        RefCount.incRefAll(nd, nd.length);
        Object[] old = defaults;
        defaults = nd;
        RefCount.decRefAll(old, old.length);
    }

    /** {@code f.__kwdefaults__ = d}. */
    public void setKwDefaults(PyDict d) {
        RefCount.incRef(d);
        PyDict old = kwDefaults;
        kwDefaults = d;
        RefCount.decRef(old);
    }

    public void setDoc(Object d) {
        RefCount.incRef(d);
        Object old = doc;
        doc = d;
        RefCount.decRef(old);
    }

    @Override
    public Object getAttribute(String attr) {
        return dict == null ? null : dict.getString(attr);
    }

    @Override
    public void setAttribute(String attr, Object value) {
        getDict().putString(attr, value);
    }

    @Override
    public boolean deleteAttribute(String attr) {
        return dict != null && dict.delItem(attr);
    }

    @Override
    public PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
            dict.incRef();
        }
        return dict;
    }

    /** {@code f.__dict__ = d}. */
    public void setDict(PyDict d) {
        d.incRef();
        PyDict old = dict;
        dict = d;
        RefCount.decRef(old);
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(dict);
        RefCount.decRef(doc);
        RefCount.decRefAll(closure, closure.length);
        RefCount.decRef(kwDefaults);
        RefCount.decRefAll(defaults, defaults.length);
        RefCount.decRef(globals);
    }
}
