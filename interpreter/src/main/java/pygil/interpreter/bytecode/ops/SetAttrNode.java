package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.InstanceAttributes;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;

/** {@code obj.name = value}, inline-cached like {@link GetAttrNode}. */
@OperationProxy.Proxyable
@ConstantOperand(type = String.class, name = "name")
@ImportStatic(InstanceAttributes.class)
public abstract class SetAttrNode extends Node {

    public abstract void execute(String name, Object object, Object value);

    @Specialization(guards = {"isPlain(object)", "object.getType() == cachedType", "versionOf(cachedType) == cachedVersion", "plain"}, limit = "2")
    public static void instance(String name, PyInstance object, Object value,
                    @Cached("object.getType()") PyType cachedType,
                    @Cached("versionOf(cachedType)") int cachedVersion,
                    @Cached("plainWrite(cachedType, name)") boolean plain) {
        InstanceAttributes.write(object, name, value);
    }

    @Specialization(replaces = "instance")
    public static void set(String name, Object object, Object value) {
        Attr.setAttr(object, name, value);
    }
}
