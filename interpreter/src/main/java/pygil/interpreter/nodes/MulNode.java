package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/** {@code a * b} (Equivalent of {@code BINARY_OP} with {@code NB_MUL}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class MulNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization(rewriteOn = ArithmeticException.class)
    public static long longs(long a, long b) {
        return Math.multiplyExact(a, b);
    }

    @Specialization
    public static double doubles(double a, double b) {
        return a * b;
    }

    @Specialization
    public static Object generic(Object a, Object b) {
        return Binary.op(a, b, BinaryOp.MUL);
    }
}
