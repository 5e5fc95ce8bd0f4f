package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** {@code raise exc [from cause]}; cause is null when absent. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class RaiseNode extends Node {

    public abstract Object execute(Object exception, Object cause);

    @Specialization
    public static Object run(Object exception, Object cause) {
        throw Helpers.raise(exception, cause);
    }
}
