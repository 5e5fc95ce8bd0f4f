package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/** The immortal {@code Ellipsis} singleton (Equivalent of CPython's {@code Py_Ellipsis}). */
public final class PEllipsis extends PyObject {
    public static final PEllipsis INSTANCE = new PEllipsis();

    private PEllipsis() {
        super(true);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.ELLIPSIS_TYPE;
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
