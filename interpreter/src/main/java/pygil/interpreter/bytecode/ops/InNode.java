package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** {@code item in container} (Equivalent of {@code PySequence_Contains}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class InNode extends Node {

    public abstract boolean execute(Object item, Object container);

    @Specialization
    public static boolean run(Object item, Object container) {
        return Helpers.contains(container, item);
    }
}
