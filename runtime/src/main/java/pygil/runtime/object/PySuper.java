package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/**
 * {@code super(type, obj)} (Equivalent of CPython's {@code superobject}): attribute lookup
 * starts after {@link #type} in the MRO of {@link #objType}.
 */
public final class PySuper extends PyObject {
    /** The class whose successors are searched. */
    public final PyType type;
    /** The bound instance or class, or null for an unbound super. */
    public final Object obj;
    /** {@code type(obj)}, or {@code obj} itself when it is a class that is a subclass of {@link #type}. */
    public final PyType objType;

    public PySuper(PyType type, Object obj, PyType objType) {
        this.type = type;
        this.obj = obj;
        this.objType = objType;
        RefCount.incRef(type);
        RefCount.incRef(obj);
        RefCount.incRef(objType);
    }

    /**
     * {@code super(type, obj)} (Equivalent of {@code super_init} + {@code supercheck}): obj may
     * be an instance of type or a subclass of it; null or None gives an unbound super. The
     * interpreter's zero-argument form passes the {@code __class__} cell's content and the
     * frame's first argument.
     */
    public static PySuper create(Object type, Object obj) {
        if (!(type instanceof PyType t)) {
            throw pygil.runtime.error.PyErrors.typeError("super() argument 1 must be a type, not " + BuiltinTypes.typeName(type));
        }
        if (obj == null || obj == PNone.NONE) {
            return new PySuper(t, null, null);
        }
        if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
            return new PySuper(t, obj, ot);
        }
        PyType ot = BuiltinTypes.typeOf(obj);
        if (ot.isSubtypeOf(t)) {
            return new PySuper(t, obj, ot);
        }
        throw pygil.runtime.error.PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.SUPER;
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(objType);
        RefCount.decRef(obj);
        RefCount.decRef(type);
    }
}
