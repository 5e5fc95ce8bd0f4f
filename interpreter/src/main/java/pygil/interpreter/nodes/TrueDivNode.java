package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/** {@code a / b} (Equivalent of {@code BINARY_OP} with {@code NB_TRUEDIV}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class TrueDivNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization(guards = {"isNonZero(b)"})
    public static double doubles(double a, double b) {
        return a / b;
    }

    public static boolean isNonZero(double b) {
        return b != 0.0;
    }

    @Specialization
    public static Object generic(Object a, Object b) {
        return Binary.op(a, b, BinaryOp.TRUEDIV);
    }
}
