package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** {@code except T:} test on a caught Truffle exception; non-Python exceptions never match. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class ExceptionMatchesNode extends Node {

    public abstract boolean execute(Object caught, Object type);

    @Specialization
    public static boolean run(Object caught, Object type) {
        return Helpers.matches(caught, type);
    }
}
