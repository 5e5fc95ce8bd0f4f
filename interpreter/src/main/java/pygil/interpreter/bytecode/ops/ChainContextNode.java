package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** Sets {@code __context__} of an exception escaping a handler to the one being handled. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class ChainContextNode extends Node {

    public abstract void execute(Object escaping, Object handled);

    @Specialization
    public static void run(Object escaping, Object handled) {
        Helpers.chainContext(escaping, handled);
    }
}
