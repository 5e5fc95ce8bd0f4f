package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Items;

/** {@code obj[key]} (Equivalent of {@code BINARY_SUBSCR}). */
@OperationProxy.Proxyable
public abstract class GetItemNode extends Node {

    public abstract Object execute(Object object, Object key);

    @Specialization
    public static Object get(Object object, Object key) {
        return Items.getItem(object, key);
    }
}
