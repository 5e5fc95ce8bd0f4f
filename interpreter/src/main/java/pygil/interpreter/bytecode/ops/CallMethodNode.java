package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.bytecode.Variadic;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.BuiltinMethods;
import pygil.interpreter.bytecode.CallOps;
import pygil.interpreter.bytecode.InstanceAttributes;
import pygil.runtime.gil.ThreadPrivateCode;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyType;

/**
 * {@code obj.name(args)} without creating a bound method when {@code name} is a plain function
 * found on the type (Equivalent of {@code LOAD_METHOD} + {@code CALL}). A plain instance whose
 * class (cached with its version) has a Python function of this name taking exactly these
 * arguments, not shadowed by an instance attribute, gets a direct call that Graal can inline.
 */
@OperationProxy.Proxyable
@ConstantOperand(type = String.class, name = "name")
@ImportStatic({InstanceAttributes.class, BuiltinMethods.class})
public abstract class CallMethodNode extends Node {

    public abstract Object execute(String name, Object receiver, Object[] args);

    @Specialization(guards = {"isPlain(receiver)", "receiver.getType() == cachedType", "versionOf(cachedType) == cachedVersion", "function != null",
                    "acceptsExactly(function, args.length)", "!shadowed(receiver, name)"}, limit = "2", assumptions = "sharedCode()")
    public static Object direct(String name, PyInstance receiver, @Variadic(startOffset = 1) Object[] args,
                    @Cached("receiver.getType()") PyType cachedType,
                    @Cached("versionOf(cachedType)") int cachedVersion,
                    @Cached("methodOf(cachedType, name)") PyFunction function,
                    @Cached("create(function.code.callTarget)") DirectCallNode callNode) {
        Object[] frameArgs = new Object[args.length + 1];
        frameArgs[0] = function;
        frameArgs[1] = receiver;
        System.arraycopy(args, 1, frameArgs, 2, args.length - 1);
        return callNode.call(frameArgs);
    }

    /*
     * list.append inlined: the hot method of list-building loops. The name is a constant
     * operand, so the cached test runs once per call site.
     */
    @Specialization(guards = {"isAppend", "receiver.getClass() == listClass()", "args.length == 2"})
    public static Object listAppend(String name, PyList receiver, @Variadic(startOffset = 1) Object[] args,
                    @Cached("isAppend(name)") boolean isAppend) {
        receiver.append(args[1]);
        return PNone.NONE;
    }

    /* Another method of a builtin container or str: cached by the receiver's Java class (see BuiltinMethods). */
    @Specialization(guards = {"receiver.getClass() == cachedClass", "method != null"}, limit = "4")
    public static Object builtin(String name, Object receiver, @Variadic(startOffset = 1) Object[] args,
                    @Cached("receiver.getClass()") Class<?> cachedClass,
                    @Cached("methodOf(cachedClass, receiver, name)") PyBuiltinFunction method) {
        return BuiltinMethods.call(method, receiver, args);
    }

    @Specialization(replaces = {"direct", "builtin"})
    public static Object call(String name, Object receiver, @Variadic(startOffset = 1) Object[] args) {
        return CallOps.callMethod(receiver, name, args);
    }

    public static boolean isAppend(String name) {
        return name.equals("append");
    }

    public static Class<?> listClass() {
        return PyList.class;
    }

    /** The receiver is the first argument: {@code args.length} slots = receiver + the rest. */
    public static boolean acceptsExactly(PyFunction f, int slotted) {
        return CallOps.acceptsExactly(f.code.signature, slotted);
    }

    /** Direct calls of the shared call target, unless threads run private copies (ThreadPrivateCode). */
    public static Assumption sharedCode() {
        return ThreadPrivateCode.offAssumption();
    }
}
