package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Items;

/** {@code del obj[key]}. */
@OperationProxy.Proxyable
public abstract class DelItemNode extends Node {

    public abstract void execute(Object object, Object key);

    @Specialization
    public static void delete(Object object, Object key) {
        Items.delItem(object, key);
    }
}
