package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.ArgBinder;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PySet;
import pygil.runtime.object.PyTuple;

/**
 * The inline-cached fast path of {@code obj.name(args)} on instances of the builtin containers
 * and str ({@code CallMethod}; Equivalent of {@code LOAD_METHOD} finding a
 * {@code method_descriptor}). The Java classes accepted here stand for exactly one builtin type
 * each (subclass instances are other Java classes), builtin types refuse attribute assignment,
 * and their instances have no {@code __dict__}: so the receiver's Java class alone fixes which
 * method a name finds, and a call site can cache it for good.
 */
public final class BuiltinMethods {
    private BuiltinMethods() {}

    /**
     * The method descriptor that instances of exactly {@code c} find under {@code name}, or null
     * (another Java class, or the name is not a plain method: a classmethod, a staticmethod, a
     * missing attribute...).
     */
    @TruffleBoundary
    public static PyBuiltinFunction methodOf(Class<?> c, Object receiver, String name) {
        if (c != String.class && c != PyList.class && c != PyDict.class && c != PyTuple.class && c != PySet.class && c != PyBytes.class) {
            return null;
        }
        Object attr = BuiltinTypes.typeOf(receiver).lookup(name);
        return attr instanceof PyBuiltinFunction f && f.isMethodDescriptor() ? f : null;
    }

    /** Calls {@code method} with {@code slotted[0]} set to the receiver (what the bound method would do). */
    @TruffleBoundary
    public static Object call(PyBuiltinFunction method, Object receiver, Object[] slotted) {
        slotted[0] = receiver;
        return method.impl.call(slotted, ArgBinder.NO_KEYWORDS);
    }
}
