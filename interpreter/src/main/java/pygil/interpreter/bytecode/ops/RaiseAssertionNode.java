package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** {@code assert test, msg}: raises AssertionError(msg) (msg null when absent). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class RaiseAssertionNode extends Node {

    public abstract Object execute(Object message);

    @Specialization
    public static Object run(Object message) {
        throw Helpers.assertionError(message);
    }
}
