package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.cls;
import static pygil.runtime.Py.error;
import static pygil.runtime.Py.method;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;

class OperatorTest {
    @Test
    void numbers() {
        assertEquals(3L, Binary.op(1L, 2L, BinaryOp.ADD));
        assertEquals(new BigInteger("9223372036854775808"), Binary.op(Long.MAX_VALUE, 1L, BinaryOp.ADD));
        assertEquals(Long.MIN_VALUE, Binary.op(new BigInteger("-9223372036854775809"), 1L, BinaryOp.ADD));
        assertEquals(-4L, Binary.op(-7L, 2L, BinaryOp.FLOORDIV));
        assertEquals(1L, Binary.op(-7L, 2L, BinaryOp.MOD));
        assertEquals(3.5, Binary.op(7L, 2L, BinaryOp.TRUEDIV));
        assertEquals(0.5, Binary.op(2L, -1L, BinaryOp.POW));
        assertEquals(2L, Binary.op(true, true, BinaryOp.ADD));
        assertEquals(true, Binary.op(true, true, BinaryOp.AND));
        assertEquals(1L, Binary.op(true, 1L, BinaryOp.AND));
        assertEquals(2.5, Binary.op(1L, 1.5, BinaryOp.ADD));
        assertEquals("ZeroDivisionError: integer division or modulo by zero", error(() -> Binary.op(1L, 0L, BinaryOp.FLOORDIV)));
        assertEquals("ZeroDivisionError: division by zero", error(() -> Binary.op(1L, 0L, BinaryOp.TRUEDIV)));
        assertEquals("ZeroDivisionError: float division by zero", error(() -> Binary.op(1.0, 0L, BinaryOp.TRUEDIV)));
        assertEquals(-1L, Binary.neg(true));
        assertEquals(-2L, Binary.invert(1L));
        assertEquals("TypeError: bad operand type for unary -: 'str'", error(() -> Binary.neg("a")));
        assertEquals("TypeError: bad operand type for abs(): 'str'", error(() -> Binary.abs("a")));
    }

    @Test
    void sequences() {
        assertEquals("ab", Binary.op("a", "b", BinaryOp.ADD));
        assertEquals("aaa", Binary.op("a", 3L, BinaryOp.MUL));
        assertEquals("aaa", Binary.op(3L, "a", BinaryOp.MUL));
        assertRepr("[1, 2]", Binary.op(PyList.of(1L), PyList.of(2L), BinaryOp.ADD));
        assertRepr("[1, 1]", Binary.op(2L, PyList.of(1L), BinaryOp.MUL));
        assertRepr("(1, 2)", Binary.op(PyTuple.of(1L), PyTuple.of(2L), BinaryOp.ADD));
        assertRepr("b'abab'", Binary.op(new PyBytes("ab".getBytes()), 2L, BinaryOp.MUL));
        assertEquals("x=5", Binary.op("x=%d", 5L, BinaryOp.MOD));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str", error(() -> Binary.op("a", 1L, BinaryOp.ADD)));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", error(() -> Binary.op(1L, "a", BinaryOp.ADD)));
        assertEquals("TypeError: can only concatenate list (not \"int\") to list", error(() -> Binary.op(PyList.of(), 1L, BinaryOp.ADD)));
        assertEquals("TypeError: can only concatenate list (not \"tuple\") to list", error(() -> Binary.op(PyList.of(), PyTuple.EMPTY, BinaryOp.ADD)));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'float'", error(() -> Binary.op("a", 1.5, BinaryOp.MUL)));
        assertEquals("TypeError: can't multiply sequence by non-int of type 'str'", error(() -> Binary.op("a", "b", BinaryOp.MUL)));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'", error(() -> Binary.op("a", 1L, BinaryOp.POW)));
        assertEquals("TypeError: unsupported operand type(s) for -: 'str' and 'str'", error(() -> Binary.op("a", "b", BinaryOp.SUB)));
        assertEquals("TypeError: unsupported operand type(s) for +=: 'int' and 'str'", error(() -> Binary.inplaceOp(1L, "a", BinaryOp.ADD)));
    }

    @Test
    void inplaceListExtends() {
        PyList l = PyList.of(1L);
        Object r = Binary.inplaceOp(l, "ab", BinaryOp.ADD);
        assertEquals(l, r);
        assertRepr("[1, 'a', 'b']", l);
        PyTuple t = PyTuple.of(1L);
        Object r2 = Binary.inplaceOp(t, PyTuple.of(2L), BinaryOp.ADD);
        assertRepr("(1, 2)", r2);
        assertRepr("(1,)", t);
    }

    /** A class whose dunders record which side ran. */
    private static PyType numberLike(String name, PyType base, String tag, boolean notImplementedLeft) {
        PyType t = base == null ? cls(name) : cls(name, base);
        method(t, "__add__", (args, kw) -> notImplementedLeft ? PNotImplemented.INSTANCE : tag + ".__add__");
        method(t, "__radd__", (args, kw) -> tag + ".__radd__");
        return t;
    }

    @Test
    void reflectedDispatch() {
        PyType a = numberLike("A", null, "A", false);
        PyType b = numberLike("B", null, "B", false);
        Object x = Call.call0(a);
        Object y = Call.call0(b);
        assertEquals("A.__add__", Binary.op(x, y, BinaryOp.ADD));
        assertEquals("A.__radd__", Binary.op(1L, x, BinaryOp.ADD));
        assertEquals("A.__add__", Binary.op(x, 1L, BinaryOp.ADD));
        PyType n = numberLike("N", null, "N", true);
        assertEquals("B.__radd__", Binary.op(Call.call0(n), y, BinaryOp.ADD));
        // A subclass overriding the reflected method goes first.
        PyType sub = numberLike("Sub", a, "Sub", false);
        assertEquals("Sub.__radd__", Binary.op(x, Call.call0(sub), BinaryOp.ADD));
        // ... but not when it only inherits it.
        PyType plain = cls("Plain", a);
        assertEquals("A.__add__", Binary.op(x, Call.call0(plain), BinaryOp.ADD));
        PyType none = cls("None_");
        assertEquals("TypeError: unsupported operand type(s) for -: 'None_' and 'int'", error(() -> Binary.op(Call.call0(none), 1L, BinaryOp.SUB)));
        // __iadd__ first, then __add__.
        method(a, "__iadd__", (args, kw) -> "A.__iadd__");
        assertEquals("A.__iadd__", Binary.inplaceOp(x, y, BinaryOp.ADD));
        assertEquals("B.__add__", Binary.inplaceOp(y, x, BinaryOp.ADD));
        // A list subclass with __radd__ gets a chance after list.__add__ returns NotImplemented.
        PyType ml = cls("ML", BuiltinTypes.LIST);
        Object mlist = Call.call0(ml);
        assertRepr("[]", Binary.op(mlist, PyList.of(), BinaryOp.ADD));
        assertEquals("A.__radd__", Binary.op(mlist, x, BinaryOp.ADD));
    }

    @Test
    void comparisons() {
        assertEquals(true, Compare.richCompare(1L, 1.0, CompareOp.EQ));
        assertEquals(true, Compare.richCompare(1L << 53, (double) (1L << 53), CompareOp.EQ));
        assertEquals(false, Compare.richCompare((1L << 53) + 1, (double) (1L << 53), CompareOp.EQ));
        assertEquals(true, Compare.richCompare(Double.NaN, Double.NaN, CompareOp.NE));
        assertEquals(true, Compare.richCompare("a", "b", CompareOp.LT));
        assertEquals(true, Compare.richCompare(PyList.of(1L, 2L), PyList.of(1L, 3L), CompareOp.LT));
        assertEquals(true, Compare.richCompare(PyTuple.of(1L, 2L), PyTuple.of(1L, 2L, 0L), CompareOp.LT));
        assertEquals(false, Compare.richCompare(PyList.of(1L), PyTuple.of(1L), CompareOp.EQ));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'", error(() -> Compare.richCompare(1L, "a", CompareOp.LT)));
        assertEquals("TypeError: '<' not supported between instances of 'list' and 'tuple'", error(() -> Compare.richCompare(PyList.of(), PyTuple.EMPTY, CompareOp.LT)));
        Double nan = Double.NaN;
        assertEquals(true, Compare.richCompareBool(PyList.of(nan), PyList.of(nan), CompareOp.EQ), "identity implies equality");
        PyType c = cls("C");
        Object o1 = Call.call0(c);
        Object o2 = Call.call0(c);
        assertEquals(false, Compare.richCompare(o1, o2, CompareOp.EQ));
        assertEquals(true, Compare.richCompare(o1, o1, CompareOp.EQ));
        assertEquals(true, Compare.richCompare(o1, o2, CompareOp.NE));
        method(c, "__eq__", (args, kw) -> true);
        assertEquals(true, Compare.richCompare(o1, o2, CompareOp.EQ));
        assertEquals(false, Compare.richCompare(o1, o2, CompareOp.NE), "__ne__ inverts __eq__");
        assertEquals("TypeError: unhashable type: 'C'", error(() -> pygil.runtime.ops.Hash.hash(Call.call0(eqOnly()))));
        PyType lt = cls("Lt");
        method(lt, "__gt__", (args, kw) -> "reflected-gt");
        assertEquals("reflected-gt", Compare.richCompare(1L, Call.call0(lt), CompareOp.LT));
    }

    private static PyType eqOnly() {
        pygil.runtime.object.PyDict ns = new pygil.runtime.object.PyDict();
        ns.putString("__eq__", new pygil.runtime.object.PyBuiltinFunction("__eq__", (args, kw) -> true));
        return PyType.create("C", PyTuple.EMPTY, ns);
    }

    @Test
    void membership() {
        assertEquals(true, Compare.contains("hello", "ell"));
        assertEquals("TypeError: 'in <string>' requires string as left operand, not int", error(() -> Compare.contains("a", 1L)));
        assertEquals(true, Compare.contains(PyList.of(1L, 2L), 2.0));
        assertEquals(true, Compare.contains(Call.call1(BuiltinTypes.RANGE, 10L), 9L));
        assertEquals(false, Compare.contains(Call.call1(BuiltinTypes.RANGE, 10L), 10L));
        assertEquals("TypeError: argument of type 'int' is not iterable", error(() -> Compare.contains(1L, 1L)));
    }
}
