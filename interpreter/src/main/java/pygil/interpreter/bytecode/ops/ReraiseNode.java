package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** Re-raises a caught Truffle exception unchanged (bare {@code raise}, handler fall-through). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class ReraiseNode extends Node {

    public abstract Object execute(Object caught);

    @Specialization
    public static Object run(Object caught) {
        throw Helpers.reraise(caught);
    }
}
