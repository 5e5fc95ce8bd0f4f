package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** The Python exception object of a caught Truffle exception ({@code except T as e}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class ExceptionValueNode extends Node {

    public abstract Object execute(Object caught);

    @Specialization
    public static Object run(Object caught) {
        return Helpers.value(caught);
    }
}
