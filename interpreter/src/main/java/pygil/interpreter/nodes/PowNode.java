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

    /**
     * int ** non-negative int by repeated squaring; overflow leaves the long path for good
     * (the generic path promotes to BigInteger). Negative exponents give floats: generic.
     */
    @Specialization(guards = "b >= 0", rewriteOn = ArithmeticException.class)
    public static long longs(long a, long b) {
        long result = 1;
        long base = a;
        long e = b;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, base);
            }
            e >>= 1;
            if (e > 0) {
                base = Math.multiplyExact(base, base);
            }
        }
        return result;
    }


    @Specialization
    public static Object generic(Object a, Object b) {
        return Binary.op(a, b, BinaryOp.POW);
    }
}
