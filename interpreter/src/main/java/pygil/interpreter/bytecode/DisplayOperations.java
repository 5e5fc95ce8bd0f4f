package pygil.interpreter.bytecode;

import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.bytecode.Variadic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/**
 * The operations that build values from their operands: tuple, list, set and dict displays,
 * slices, comprehension appends, f-string parts, and the in-place operators without fast paths.
 * Each is a proxied node (the root node lists them in its {@code @OperationProxy}s); the work is
 * in {@link Displays} and {@link Binary}.
 */
public final class DisplayOperations {
    private DisplayOperations() {}

    /** {@code a op= b} for the operators other than {@code +=}. */
    @OperationProxy.Proxyable
    @ConstantOperand(type = BinaryOp.class, name = "op")
    public abstract static class InplaceOpNode extends Node {
        public abstract Object execute(BinaryOp op, Object a, Object b);

        @Specialization
        public static Object apply(BinaryOp op, Object a, Object b) {
            return Binary.inplaceOp(a, b, op);
        }
    }

    /** A {@code *value} element inside a display or call: expanded by the Build* operations. */
    @OperationProxy.Proxyable
    public abstract static class StarNode extends Node {
        public abstract Object execute(Object value);

        @Specialization
        public static Object star(Object value) {
            return new Displays.Starred(value);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class BuildTupleNode extends Node {
        public abstract Object execute(Object[] items);

        @Specialization
        public static Object build(@Variadic Object[] items) {
            return Displays.tuple(items);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class BuildListNode extends Node {
        public abstract Object execute(Object[] items);

        @Specialization
        public static Object build(@Variadic Object[] items) {
            return Displays.list(items);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class BuildSetNode extends Node {
        public abstract Object execute(Object[] items);

        @Specialization
        public static Object build(@Variadic Object[] items) {
            return Displays.set(items);
        }
    }

    /** Alternating keys and values; a {@link StarNode} key means {@code **mapping} (value ignored). */
    @OperationProxy.Proxyable
    public abstract static class BuildDictNode extends Node {
        public abstract Object execute(Object[] keysAndValues);

        @Specialization
        public static Object build(@Variadic Object[] keysAndValues) {
            return Displays.dict(keysAndValues);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class BuildSliceNode extends Node {
        public abstract Object execute(Object lower, Object upper, Object step);

        @Specialization
        public static Object build(Object lower, Object upper, Object step) {
            return Displays.slice(lower, upper, step);
        }
    }

    /** Comprehension helper: {@code list.append(value)} on the hidden result list. */
    @OperationProxy.Proxyable
    public abstract static class ListAppendNode extends Node {
        public abstract void execute(Object list, Object value);

        @Specialization
        public static void append(Object list, Object value) {
            Displays.listAppend(list, value);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class SetAddNode extends Node {
        public abstract void execute(Object set, Object value);

        @Specialization
        public static void add(Object set, Object value) {
            Displays.setAdd(set, value);
        }
    }

    /** {@code f"{value!conversion:spec}"}: conversion is 's', 'r', 'a' or -1; spec may be null. */
    @OperationProxy.Proxyable
    @ConstantOperand(type = int.class, name = "conversion")
    public abstract static class FormatValueNode extends Node {
        public abstract String execute(int conversion, Object value, Object spec);

        @Specialization
        public static String format(int conversion, Object value, Object spec) {
            return Displays.formatValue(value, conversion, spec);
        }
    }

    @OperationProxy.Proxyable
    public abstract static class BuildStringNode extends Node {
        public abstract String execute(Object[] parts);

        @Specialization
        public static String build(@Variadic Object[] parts) {
            return Displays.concat(parts);
        }
    }
}
