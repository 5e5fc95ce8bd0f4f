package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/** {@code a % b} (Equivalent of {@code BINARY_OP} with {@code NB_MOD}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class ModNode extends Node {

    public abstract Object execute(Object a, Object b);

    /** Python takes the sign of the divisor, as floorMod does; zero takes the generic path. */
    @Specialization(guards = {"b != 0"})
    public static long longs(long a, long b) {
        return Math.floorMod(a, b);
    }

    @Specialization
    public static Object generic(Object a, Object b) {
        return Binary.op(a, b, BinaryOp.MOD);
    }
}
