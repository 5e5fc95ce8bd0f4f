package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;

/** {@code ~x} (Equivalent of {@code PyNumber_Invert}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class InvertNode extends Node {

    public abstract Object execute(Object value);

    @Specialization
    public static long longs(long value) {
        return ~value;
    }

    @Specialization
    public static Object generic(Object value) {
        return Binary.invert(value);
    }
}
