package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** Calls {@code __enter__} on the manager. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class WithEnterNode extends Node {

    public abstract Object execute(Object manager);

    @Specialization
    public static Object run(Object manager) {
        return Helpers.enter(manager);
    }
}
