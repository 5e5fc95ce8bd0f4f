package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Truth;

/** {@code not x}: always a bool. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class NotNode extends Node {

    public abstract boolean execute(Object value);

    @Specialization
    public static boolean bool(boolean value) {
        return !value;
    }

    @Specialization(replaces = "bool")
    public static boolean generic(Object value) {
        return !Truth.isTrue(value);
    }
}
