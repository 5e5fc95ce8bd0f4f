package pygil.runtime.object;

import pygil.runtime.builtins.BuiltinTypes;

/**
 * A {@code __slots__} entry (Equivalent of CPython's {@code member_descriptor}): a data
 * descriptor that stores the attribute in the instance's own storage even when the class has
 * no {@code __dict__}. Immortal, like the class body constants it comes from.
 */
public final class PySlotDescriptor extends PyObject {
    public final String name;
    public final PyType owner;

    public PySlotDescriptor(String name, PyType owner) {
        super(true);
        this.name = name;
        this.owner = owner;
    }

    @Override
    public PyType getType() {
        return BuiltinTypes.MEMBER_DESCRIPTOR;
    }
}
