package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** Calls {@code __exit__(None, None, None)}. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class WithExitNormalNode extends Node {

    public abstract void execute(Object exitMethod);

    @Specialization
    public static void run(Object exitMethod) {
        Helpers.exitNormally(exitMethod);
    }
}
