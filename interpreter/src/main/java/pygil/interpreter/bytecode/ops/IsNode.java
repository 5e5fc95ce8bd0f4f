package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** {@code a is b} (identity; immortal values compare by value). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class IsNode extends Node {

    public abstract boolean execute(Object a, Object b);

    @Specialization
    public static boolean run(Object a, Object b) {
        return Helpers.is(a, b);
    }
}
