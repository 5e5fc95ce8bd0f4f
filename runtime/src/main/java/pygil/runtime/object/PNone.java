package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/** The immortal {@code None} singleton (Equivalent of CPython's {@code Py_None}). */
public final class PNone extends PyObject {
    public static final PNone NONE = new PNone();

    private PNone() {
        super(true);
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.NONE_TYPE;
    }

    @Override
    public String toString() {
        return "None";
    }
}
