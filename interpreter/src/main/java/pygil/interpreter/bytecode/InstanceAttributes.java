package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NonIdempotent;

import pygil.runtime.builtins.ObjectType;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyMethod;
import pygil.runtime.object.PyType;

/**
 * The inline-cached fast path of attribute access on instances of plain user classes
 * ({@code GetAttr}/{@code SetAttr}): for a cached class and class version, what
 * {@code object.__getattribute__}/{@code __setattr__} would do reduces to reading or writing the
 * instance's own attributes (binding a method when the class has a function of that name). The
 * version changes whenever a dict in the class's MRO changes, so a new descriptor,
 * {@code __setattr__} or class attribute sends the access back to the generic path.
 */
public final class InstanceAttributes {
    private InstanceAttributes() {}

    /** The class attribute found under a name: none, a plain function (a method), or anything else. */
    public static final int NONE = 0;
    public static final int FUNCTION = 1;
    public static final int OTHER = 2;

    /** Exactly a user-class instance (not an exception, builtin-subclass instance, ...). */
    public static boolean isPlain(Object o) {
        return o != null && o.getClass() == PyInstance.class;
    }

    @NonIdempotent
    public static int versionOf(PyType t) {
        return t.getVersion();
    }

    /** How a read of {@code name} resolves on instances of {@code t}, dunder names excluded. */
    @TruffleBoundary
    public static int classifyRead(PyType t, String name) {
        if (name.startsWith("__")) {
            return OTHER;
        }
        Object attr = t.lookup(name);
        return attr == null ? NONE : attr instanceof PyFunction ? FUNCTION : OTHER;
    }

    /**
     * A write of {@code name} stores into the instance: instances have a {@code __dict__} (no
     * {@code __slots__} without it), no class attribute of that name, the default {@code __setattr__}.
     */
    @TruffleBoundary
    public static boolean plainWrite(PyType t, String name) {
        Object setattr = t.lookup("__setattr__");
        return !name.startsWith("__") && t.instancesHaveDict() && t.lookup(name) == null && setattr != null && setattr == ObjectType.SETATTR;
    }

    @TruffleBoundary
    public static Object classAttribute(PyType t, String name) {
        return t.lookup(name);
    }

    /** The instance's own attribute, or null. */
    @TruffleBoundary
    public static Object read(PyInstance o, String name) {
        return o.getAttribute(name);
    }

    @TruffleBoundary
    public static void write(PyInstance o, String name, Object value) {
        o.setAttribute(name, value);
    }

    public static Object bind(Object function, PyInstance o) {
        return new PyMethod(o, function);
    }

    /** The class's Python function of this name (a method to call directly), or null. */
    @TruffleBoundary
    public static PyFunction methodOf(PyType t, String name) {
        return classifyRead(t, name) == FUNCTION ? (PyFunction) t.lookup(name) : null;
    }

    /** An instance attribute of this name hides the class's method (checked at every call). */
    @NonIdempotent
    public static boolean shadowed(PyInstance receiver, String name) {
        return read(receiver, name) != null;
    }
}
