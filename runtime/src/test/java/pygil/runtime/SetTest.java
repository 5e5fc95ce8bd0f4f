package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.error;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.object.PyFrozenSet;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PySet;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;

/** Iteration order must match CPython 3.11 (expected strings printed by python3). */
class SetTest {
    private static PySet set(Object... items) {
        PySet s = new PySet();
        for (Object o : items) {
            s.add(o);
        }
        return s;
    }

    private static Object call(Object obj, String method, Object... args) {
        return Call.call(Attr.getAttr(obj, method), args, new String[0]);
    }

    @Test
    void smallIntOrder() {
        assertRepr("{1, 2, 3}", set(3L, 1L, 2L));
        assertRepr("{64, 33, 1, 100, 5, 8, 10, 17}", set(10L, 5L, 100L, 33L, 8L, 1L, 64L, 17L));
        assertRepr("{2, 5, 8, 11, 14, 17, 20}", Call.call1(BuiltinTypes.SET, Call.call(BuiltinTypes.RANGE, new Object[] {20L, 0L, -3L}, new String[0])));
        assertRepr("{1000000, 1099511627776, 5, -2, -1}", set(-1L, -2L, 5L, 1000000L, 1L << 40));
        assertRepr("{100, 200, 300, 400, 500, 600}", Call.call1(BuiltinTypes.SET, PyList.of(100L, 200L, 300L, 400L, 500L, 600L)));
    }

    @Test
    void deletionPopAndReuse() {
        PySet s = new PySet();
        for (long i = 0; i < 10; i++) {
            s.add(i);
        }
        s.discard(3L);
        s.add(30L);
        s.add(3L);
        assertRepr("{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 30}", s);
        PySet t = set(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertEquals(1L, call(t, "pop"));
        assertEquals(2L, call(t, "pop"));
        assertRepr("{3, 4, 5, 6, 7, 8, 9, 10}", t);
        assertEquals("KeyError: 'pop from an empty set'", error(() -> call(new PySet(), "pop")));
        assertEquals("KeyError: 1", error(() -> call(new PySet(), "remove", 1L)));
    }

    @Test
    void mixedNumbersAndTuples() {
        assertRepr("{0.5, 1.5, 2, 7.0}", set(1.5, 2L, 0.5, 7.0));
        assertRepr("{0, True, 2}", set(true, 2L, 1.0, 0L));
        assertRepr("{(1, 2), (2, 1), ()}", set(PyTuple.of(1L, 2L), PyTuple.of(2L, 1L), PyTuple.EMPTY));
        PyFrozenSet e = new PyFrozenSet();
        PyFrozenSet one = new PyFrozenSet();
        one.addWhileBuilding(1L);
        PyFrozenSet two = new PyFrozenSet();
        two.addWhileBuilding(2L);
        assertRepr("{frozenset(), frozenset({2}), frozenset({1})}", set(one, two, e));
    }

    @Test
    void algebraOrder() {
        assertRepr("{1, 2, 3, 5, 40}", Binary.op(set(1L, 2L, 3L), set(40L, 5L), BinaryOp.OR));
        assertRepr("{4, 5, 6}", Binary.op(set(1L, 2L, 3L, 4L, 5L, 6L), set(6L, 5L, 4L), BinaryOp.AND));
        assertRepr("{9, 7}", Binary.op(set(9L, 8L, 7L), set(8L), BinaryOp.SUB));
        assertRepr("{1, 2, 4, 17}", Binary.op(set(1L, 2L, 3L), set(3L, 4L, 17L), BinaryOp.XOR));
        PySet x = set(5L, 3L, 1L);
        PySet y = (PySet) Call.call1(BuiltinTypes.SET, x);
        y.add(9L);
        assertRepr("{1, 3, 5, 9}", y);
        assertRepr("{1, 2, 3, 33, 5}", call(x, "union", PyList.of(33L, 2L)));
        assertEquals("TypeError: unsupported operand type(s) for |: 'set' and 'list'", error(() -> Binary.op(set(1L), PyList.of(1L), BinaryOp.OR)));
        assertRepr("{2, 3}", call(set(1L, 2L, 3L), "difference", PyList.of(1L)));
        assertRepr("{2, 3, 9}", call(set(1L, 2L, 3L), "symmetric_difference", PyList.of(1L, 9L)));
        assertEquals(true, call(set(1L, 2L), "issubset", PyList.of(1L, 2L, 3L)));
        assertRepr("frozenset({1, 2})", Call.call1(BuiltinTypes.FROZENSET, PyList.of(2L, 1L)));
        assertRepr("set()", new PySet());
    }

    @Test
    void hashesMatchCPython() {
        assertEquals(-3550055125485641917L, pygil.runtime.ops.Hash.hash(PyTuple.of(1L, 2L)));
        assertEquals(5740354900026072187L, pygil.runtime.ops.Hash.hash(PyTuple.EMPTY));
        assertEquals(133146708735736L, new PyFrozenSet().hash());
        PyFrozenSet f = new PyFrozenSet();
        f.addWhileBuilding(1L);
        f.addWhileBuilding(2L);
        f.addWhileBuilding(3L);
        assertEquals(-272375401224217160L, f.hash());
        assertEquals(-2L, pygil.runtime.ops.Hash.hash(-1L));
        assertEquals(1L, pygil.runtime.ops.Hash.hash(BigInteger.ONE.shiftLeft(61)));
        assertEquals(1152921504606846977L, pygil.runtime.ops.Hash.hash(1.5));
        assertEquals(314159L, pygil.runtime.ops.Hash.hash(Double.POSITIVE_INFINITY));
        assertEquals("TypeError: unhashable type: 'list'", error(() -> set(new PyList())));
    }
}
