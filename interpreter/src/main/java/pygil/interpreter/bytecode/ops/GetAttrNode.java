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

/** {@code obj.name}, inline-cached on the class and its version for plain instances (InstanceAttributes). */
@OperationProxy.Proxyable
@ConstantOperand(type = String.class, name = "name")
@ImportStatic(InstanceAttributes.class)
public abstract class GetAttrNode extends Node {

    public abstract Object execute(String name, Object object);

    @Specialization(guards = {"isPlain(object)", "object.getType() == cachedType", "versionOf(cachedType) == cachedVersion", "kind != OTHER"}, limit = "2")
    public static Object instance(String name, PyInstance object,
                    @Cached("object.getType()") PyType cachedType,
                    @Cached("versionOf(cachedType)") int cachedVersion,
                    @Cached("classifyRead(cachedType, name)") int kind,
                    @Cached("classAttribute(cachedType, name)") Object classAttr) {
        Object v = InstanceAttributes.read(object, name);
        if (v != null) {
            return v;
        }
        if (kind == InstanceAttributes.FUNCTION) {
            return InstanceAttributes.bind(classAttr, object);
        }
        return Attr.getAttr(object, name); // absent: __getattr__ or AttributeError
    }

    @Specialization(replaces = "instance")
    public static Object get(String name, Object object) {
        return Attr.getAttr(object, name);
    }
}
