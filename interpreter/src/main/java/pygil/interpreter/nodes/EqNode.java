package pygil.interpreter.nodes;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;

/** {@code a == b} (Equivalent of {@code COMPARE_OP} with {@code Py_EQ}). */
@OperationProxy.Proxyable(allowUncached = true)
public abstract class EqNode extends Node {

    public abstract Object execute(Object a, Object b);

    @Specialization
    public static boolean longs(long a, long b) {
        return a == b;
    }

    @Specialization
    public static boolean doubles(double a, double b) {
        return a == b;
    }

    @Specialization
    public static boolean strings(String a, String b) {
        return a.equals(b);
    }

    @Specialization
    public static Object generic(Object a, Object b) {
        return Compare.richCompare(a, b, CompareOp.EQ);
    }
}
