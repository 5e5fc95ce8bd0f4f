package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/** {@code a // b} (Equivalent of {@code BINARY_OP} with {@code NB_FLOORDIV}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class FloorDivNode extends Node {

    public abstract Object execute(Object a, Object b);

    /** Python floors; the zero divisor and MIN_VALUE // -1 take the generic path. */
    @Specialization(guards = {"b != 0", "isNotMinusOne(b)"})
    public static long longs(long a, long b) {
        return Math.floorDiv(a, b);
    }

    public static boolean isNotMinusOne(long b) {
        return b != -1;
    }

    @Specialization
    public static Object generic(Object a, Object b) {
        return Binary.op(a, b, BinaryOp.FLOORDIV);
    }
}
