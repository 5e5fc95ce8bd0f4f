package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** Looks up {@code __exit__} on the manager's type and binds it (before {@code __enter__}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class WithExitNode extends Node {

    public abstract Object execute(Object manager);

    @Specialization
    public static Object run(Object manager) {
        return Helpers.exitMethod(manager);
    }
}
