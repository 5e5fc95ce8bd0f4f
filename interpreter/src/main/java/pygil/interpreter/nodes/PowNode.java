package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/** {@code a ** b} (Equivalent of {@code BINARY_OP} with {@code NB_POW}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class PowNode extends Node {

    public abstract Object execute(Object a, Object b);


    @Specialization
    public static Object generic(Object a, Object b) {
        return Binary.op(a, b, BinaryOp.POW);
    }
}
