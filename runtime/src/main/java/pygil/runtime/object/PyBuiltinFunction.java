package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.refcount.RefCount;

/**
 * A function implemented in Java (Equivalent of CPython's {@code PyCFunctionObject} and, when
 * {@link #owner} is set and {@link #self} is not, of a {@code method_descriptor} in a type's
 * dict). Attribute access on an instance binds a method descriptor to the instance
 * ({@link #bind}), giving {@code [].append}.
 */
public final class PyBuiltinFunction extends PyObject {
    public final String name;
    public final BuiltinImpl impl;
    /** The bound receiver, prepended to the arguments; null if unbound. */
    public final Object self;
    /** The type whose dict holds this method, or null for module-level functions. */
    public final PyType owner;
    /** {@code __doc__}, or null. */
    public final String doc;

    /** A module-level builtin function. */
    public PyBuiltinFunction(String name, BuiltinImpl impl) {
        this(name, impl, null, null, null);
    }

    /** An unbound method of {@code owner} (args[0] is self). */
    public PyBuiltinFunction(String name, PyType owner, BuiltinImpl impl) {
        this(name, impl, owner, null, null);
    }

    public PyBuiltinFunction(String name, BuiltinImpl impl, PyType owner, Object self, String doc) {
        this.name = name;
        this.impl = impl;
        this.owner = owner;
        this.self = self;
        this.doc = doc;
        RefCount.incRef(self);
    }

    /** This method bound to {@code receiver}. */
    public PyBuiltinFunction bind(Object receiver) {
        return new PyBuiltinFunction(name, impl, owner, receiver, doc);
    }

    /** True for an unbound method descriptor (to be bound on instance access). */
    public boolean isMethodDescriptor() {
        return owner != null && self == null;
    }

    /** Calls with the {@link BuiltinImpl} convention, prepending {@link #self} if bound. */
    public Object call(Object[] args, String[] kwNames) {
        if (self == null) {
            return impl.call(args, kwNames);
        }
        Object[] a = new Object[args.length + 1];
        a[0] = self;
        System.arraycopy(args, 0, a, 1, args.length);
        return impl.call(a, kwNames);
    }

    /** {@code __qualname__}: {@code list.append} for methods, the name for functions. */
    public String getQualname() {
        return owner == null ? name : owner.getName() + "." + name;
    }

    @Override
    public PyType getType() {
        return isMethodDescriptor() ? BuiltinTypes.METHOD_DESCRIPTOR : BuiltinTypes.BUILTIN_FUNCTION;
    }

    @Override
    protected void releaseReferences() {
        RefCount.decRef(self);
    }
}
