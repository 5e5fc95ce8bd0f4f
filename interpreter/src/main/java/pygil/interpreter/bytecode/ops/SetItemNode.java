package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Items;

/** {@code obj[key] = value}. */
@OperationProxy.Proxyable
public abstract class SetItemNode extends Node {

    public abstract void execute(Object object, Object key, Object value);

    @Specialization
    public static void set(Object object, Object key, Object value) {
        Items.setItem(object, key, value);
    }
}
