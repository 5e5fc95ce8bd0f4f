package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Attr;

/** {@code del obj.name}. */
@OperationProxy.Proxyable
@ConstantOperand(type = String.class, name = "name")
public abstract class DelAttrNode extends Node {

    public abstract void execute(String name, Object object);

    @Specialization
    public static void delete(String name, Object object) {
        Attr.delAttr(object, name);
    }
}
