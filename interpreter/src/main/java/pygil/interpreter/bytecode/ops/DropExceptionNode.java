package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.Helpers;

/** An exception suppressed by {@code __exit__}: its carrier is released. */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class DropExceptionNode extends Node {

    public abstract void execute(Object caught);

    @Specialization
    public static void run(Object caught) {
        Helpers.dispose(caught);
    }
}
