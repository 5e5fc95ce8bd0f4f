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
final class InstanceAttributes {
    private InstanceAttributes() {}

    /** The class attribute found under a name: none, a plain function (a method), or anything else. */
    static final int NONE = 0;
    static final int FUNCTION = 1;
    static final int OTHER = 2;

    /** Exactly a user-class instance (not an exception, builtin-subclass instance, ...). */
    static boolean isPlain(Object o) {
        return o != null && o.getClass() == PyInstance.class;
    }

    @NonIdempotent
    static int versionOf(PyType t) {
        return t.getVersion();
    }

    /** How a read of {@code name} resolves on instances of {@code t}, dunder names excluded. */
    @TruffleBoundary
    static int classifyRead(PyType t, String name) {
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
    static boolean plainWrite(PyType t, String name) {
        Object setattr = t.lookup("__setattr__");
        return !name.startsWith("__") && t.instancesHaveDict() && t.lookup(name) == null && setattr != null && setattr == ObjectType.SETATTR;
    }

    @TruffleBoundary
    static Object classAttribute(PyType t, String name) {
        return t.lookup(name);
    }

    /** The instance's own attribute, or null. */
    @TruffleBoundary
    static Object read(PyInstance o, String name) {
        return o.getAttribute(name);
    }

    @TruffleBoundary
    static void write(PyInstance o, String name, Object value) {
        o.setAttribute(name, value);
    }

    static Object bind(Object function, PyInstance o) {
        return new PyMethod(o, function);
    }
}
