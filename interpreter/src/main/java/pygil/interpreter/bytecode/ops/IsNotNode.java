package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** {@code a is not b}. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class IsNotNode extends Node {

    public abstract boolean execute(Object a, Object b);

    @Specialization
    public static boolean run(Object a, Object b) {
        return !Helpers.is(a, b);
    }
}
