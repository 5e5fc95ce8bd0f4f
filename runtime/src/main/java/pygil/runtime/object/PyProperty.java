package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/**
 * {@code property} (Equivalent of CPython's {@code propertyobject}): a data descriptor. Absent
 * accessors are null. {@code getter}/{@code setter}/{@code deleter} make modified copies.
 */
public final class PyProperty extends PyObject {
    public final Object fget;
    public final Object fset;
    public final Object fdel;
    public final Object doc;
    /** The attribute name, from {@code __set_name__} (used in error messages), or null. */
    private String name;

    public PyProperty(Object fget, Object fset, Object fdel, Object doc) {
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
        this.doc = doc;
        RefCount.incRef(fget);
        RefCount.incRef(fset);
        RefCount.incRef(fdel);
        RefCount.incRef(doc);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.PROPERTY;
    }

    public String getName() {
        return name;
    }

    public void setName(String n) {
        name = n;
    }

    /** A copy with one accessor replaced (0 = getter, 1 = setter, 2 = deleter). */
    public PyProperty withAccessor(int which, Object f) {
        PyProperty p = new PyProperty(which == 0 ? f : fget, which == 1 ? f : fset, which == 2 ? f : fdel, doc);
        p.name = name;
        return p;
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(doc);
        RefCount.decRef(fdel);
        RefCount.decRef(fset);
        RefCount.decRef(fget);
    }
}
