package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** Calls {@code __exit__(type, value, tb)} for a caught exception; true means suppress. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class WithExitExceptionNode extends Node {

    public abstract boolean execute(Object exitMethod, Object caught);

    @Specialization
    public static boolean run(Object exitMethod, Object caught) {
        return Helpers.exitWithException(exitMethod, caught);
    }
}
