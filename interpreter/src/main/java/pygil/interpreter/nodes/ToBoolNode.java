package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.object.PNone;
import pygil.runtime.ops.Truth;

/**
 * Truth value of any object (Equivalent of {@code PyObject_IsTrue}); the boolean converter of
 * {@code if}, {@code while}, {@code and}, {@code or} and {@code not}.
 */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class ToBoolNode extends Node {

    public abstract boolean execute(Object value);

    @Specialization
    public static boolean bool(boolean value) {
        return value;
    }

    @Specialization
    public static boolean longs(long value) {
        return value != 0;
    }

    @Specialization
    public static boolean none(PNone value) {
        return false;
    }

    @Specialization(replaces = {"bool", "longs", "none"})
    public static boolean generic(Object value) {
        return Truth.isTrue(value);
    }
}
