package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.interpreter.bytecode.StrAccumulator;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/**
 * {@code x += b} where {@code x} is a fast local: {@link InplaceAddNode}'s cases, plus in-place
 * str building. Its left operand comes from {@code LoadFastRaw} and its result goes straight into
 * {@code x}'s slot, so a long str result may be a {@link StrAccumulator} (see its design notes);
 * nothing else may use this node.
 */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class InplaceAddFastNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization(rewriteOn = ArithmeticException.class)
    public static long longs(long a, long b) {
        return Math.addExact(a, b);
    }

    @Specialization
    public static double doubles(double a, double b) {
        return a + b;
    }

    /* Only an exact str on the right: a str subclass may define __radd__, so it goes generic. */
    @Specialization
    public static Object append(StrAccumulator a, String b) {
        return a.append(b);
    }

    @Specialization
    public static Object strings(String a, String b) {
        return StrAccumulator.concat(a, b);
    }

    @Specialization
    public static Object generic(Object a, Object b) {
        return Binary.inplaceOp(StrAccumulator.unwrap(a), b, BinaryOp.ADD);
    }
}
