package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/**
 * {@code a += b} (Equivalent of {@code BINARY_OP} with {@code NB_INPLACE_ADD}). Kept apart from
 * the other in-place operators because accumulation loops ({@code total += i}) are the hot case.
 */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class InplaceAddNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization(rewriteOn = ArithmeticException.class)
    public static long longs(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization
    public static double doubles(double a, double b) {
        return a + b;
    }

    @Specialization
    public static String strings(String a, String b) {
        return a.concat(b);
    }

    @Specialization
    public static Object generic(Object a, Object b) {
        return Binary.inplaceOp(a, b, BinaryOp.ADD);
    }
}
