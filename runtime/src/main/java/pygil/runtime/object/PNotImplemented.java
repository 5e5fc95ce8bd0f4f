package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/** The immortal {@code NotImplemented} singleton (Equivalent of CPython's {@code Py_NotImplemented}). */
public final class PNotImplemented extends PyObject {
    public static final PNotImplemented INSTANCE = new PNotImplemented();

    private PNotImplemented() {
        super(true);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.NOT_IMPLEMENTED_TYPE;
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
