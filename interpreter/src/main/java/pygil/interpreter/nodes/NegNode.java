package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;

/** {@code -x} (Equivalent of {@code PyNumber_Negative}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class NegNode extends Node {

    public abstract Object execute(Object value);

    /** -Long.MIN_VALUE overflows into a BigInteger on the generic path. */
    @Specialization(rewriteOn = ArithmeticException.class)
    public static long longs(long value) {
        return Math.negateExact(value);
    }

    @Specialization
    public static double doubles(double value) {
        return -value;
    }

    @Specialization
    public static Object generic(Object value) {
        return Binary.neg(value);
    }
}
