package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.b;
import static pygil.runtime.Py.call;
import static pygil.runtime.Py.cls;
import static pygil.runtime.Py.error;
import static pygil.runtime.Py.m;
import static pygil.runtime.Py.method;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.Truth;

/**
 * Subclasses of the immutable builtins (int, float, str, tuple, bytes, set, frozenset): their
 * instances behave as their base value in the builtin operations. Expected values are CPython
 * 3.11's.
 */
class SubclassBuiltinsTest {
    /** {@code class Upper(str): def __new__(cls, value): return str.__new__(cls, value.upper())}. */
    private static PyType upper() {
        PyType t = cls("Upper", BuiltinTypes.STR);
        t.setAttribute("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__",
                        (a, k) -> call(Attr.getAttr(BuiltinTypes.STR, "__new__"), a[0], m(a[1], "upper")))));
        method(t, "shout", (a, k) -> Binary.op(a[0], "!", BinaryOp.ADD));
        return t;
    }

    @Test
    void strSubclass() {
        PyType upper = upper();
        Object s = call(upper, "shout");
        assertInstanceOf(PyValueSub.class, s);
        assertSame(upper, BuiltinTypes.typeOf(s));
        assertRepr("'SHOUT'", s);
        assertEquals("SHOUT", Repr.str(s));
        assertEquals("SHOUT!", m(s, "shout"));
        assertEquals(true, b("isinstance", s, BuiltinTypes.STR));
        assertEquals("SHOUTx", Binary.op(s, "x", BinaryOp.ADD));
        assertEquals("xSHOUT", Binary.op("x", s, BinaryOp.ADD));
        assertEquals("SHOUTSHOUT", Binary.op(s, 2L, BinaryOp.MUL));
        assertEquals(5L, Items.len(s));
        assertEquals("S", Items.getItem(s, 0L));
        assertEquals("shout", m(s, "lower"));
        assertEquals(true, Compare.eq(s, "SHOUT"));
        assertEquals(true, Compare.eq("SHOUT", s));
        assertEquals(true, Compare.richCompareBool(s, "T", CompareOp.LT));
        assertEquals(Hash.hash("SHOUT"), Hash.hash(s));
        PyDict d = new PyDict();
        d.setItem(s, 1L);
        assertEquals(1L, d.getItem("SHOUT"));
        assertEquals(1L, d.getString("SHOUT"));
        assertEquals(true, Compare.contains("a SHOUT b", s));
        assertEquals(true, Compare.contains(s, "OU"));
        assertEquals("a,SHOUT", m(",", "join", PyList.of("a", s)));
        assertEquals("shout-1", Binary.op(call(cls("P", BuiltinTypes.STR), "%s-%d"), PyTuple.of("shout", 1L), BinaryOp.MOD));
        assertEquals("[SHOUT]", Binary.op("[%s]", s, BinaryOp.MOD));
        assertEquals("SHOUT", b("format", s));
        assertEquals("   SHOUT", b("format", s, ">8"));
        assertEquals(12L, call(BuiltinTypes.INT, call(upper, "12")));
        assertRepr("['S', 'H']", Iter.toList(call(upper, "sh")));
        assertEquals(false, Truth.isTrue(call(upper, "")));
        assertEquals("TypeError: can only concatenate str (not \"int\") to str", error(() -> Binary.op(s, 1L, BinaryOp.ADD)));
    }

    @Test
    void strSubclassOverridingStr() {
        PyType u = cls("U", BuiltinTypes.STR);
        method(u, "__str__", (a, k) -> "U!");
        Object x = call(u, "q");
        assertEquals("U!", Repr.str(x));
        assertEquals("U!", Binary.op("%s", x, BinaryOp.MOD));
        assertEquals("'q'", Binary.op("%r", x, BinaryOp.MOD));
        assertEquals("U!", b("format", x, ""));
    }

    @Test
    void intSubclass() {
        PyType myInt = cls("MyInt", BuiltinTypes.INT);
        Object five = call(myInt, 5L);
        assertRepr("5", five);
        assertEquals("5", Repr.str(five));
        assertEquals(true, b("isinstance", five, BuiltinTypes.INT));
        assertEquals(7L, Binary.op(five, 2L, BinaryOp.ADD));
        assertSame(BuiltinTypes.INT, BuiltinTypes.typeOf(Binary.op(five, 2L, BinaryOp.ADD)));
        assertEquals(-2L, Binary.op(3L, five, BinaryOp.SUB));
        assertEquals(2.5, Binary.op(five, 2L, BinaryOp.TRUEDIV));
        assertEquals(-5L, Binary.neg(five));
        assertRepr("(2, 1)", b("divmod", five, 2L));
        assertEquals(125L, b("pow", five, 3L));
        assertEquals(true, Compare.eq(five, 5.0));
        assertEquals(true, Compare.richCompareBool(five, 6L, CompareOp.LT));
        assertEquals(Hash.hash(5L), Hash.hash(five));
        assertEquals("ab", m("abcdef", "__getitem__", call(BuiltinTypes.SLICE, call(myInt, 0L), call(myInt, 2L))));
        assertEquals(5L, Attr.getAttr(five, "real"));
        assertEquals(3L, m(five, "bit_length"));
        assertEquals("0x5", b("hex", five));
        assertEquals("5", b("format", five, "d"));
        assertEquals("    5", Binary.op("%5d", five, BinaryOp.MOD));
        assertEquals(false, Truth.isTrue(call(myInt, 0L)));
        assertEquals(5L, call(BuiltinTypes.INT, five));
        assertRepr("[0, 1, 2, 3, 4]", Iter.toList(call(BuiltinTypes.RANGE, five)));
        Object big = call(myInt, BigInteger.TWO.pow(70));
        assertRepr("1180591620717411303424", big);
        // A subclass overriding __repr__ prints that for str() and format() too.
        method(myInt, "__repr__", (a, k) -> "M!");
        assertEquals("M!", Repr.str(five));
        assertEquals("M!", b("format", five, ""));
        assertEquals("5", Binary.op("%d", five, BinaryOp.MOD));
        assertSame(myInt, BuiltinTypes.typeOf(m(myInt, "from_bytes", new pygil.runtime.object.PyBytes(new byte[] {1}), "big")));
    }

    @Test
    void floatSubclass() {
        PyType f = cls("F", BuiltinTypes.FLOAT);
        Object x = call(f, 1.5);
        assertRepr("1.5", x);
        assertEquals(2.5, Binary.op(x, 1L, BinaryOp.ADD));
        assertSame(BuiltinTypes.FLOAT, BuiltinTypes.typeOf(Binary.neg(x)));
        assertEquals(1.5, Attr.getAttr(x, "real"));
        assertEquals(2L, b("round", call(f, 2.5)));
        assertEquals(1.5, call(BuiltinTypes.FLOAT, call(upper(), "1.5")));
        assertEquals(2L, call(BuiltinTypes.INT, call(f, 2.7)));
    }

    @Test
    void layoutsAndErrors() {
        assertEquals("TypeError: multiple bases have instance lay-out conflict", error(() -> cls("X", BuiltinTypes.INT, BuiltinTypes.STR)));
        assertEquals("TypeError: str.__new__(int): int is not a subtype of str", error(() -> m(BuiltinTypes.STR, "__new__", BuiltinTypes.INT)));
        PyType s = cls("S", BuiltinTypes.STR);
        assertEquals("TypeError: object.__new__(S) is not safe, use S.__new__()", error(() -> m(BuiltinTypes.OBJECT, "__new__", s)));
        Object x = call(s, "x");
        Attr.setAttr(x, "extra", 1L);
        assertEquals(1L, Attr.getAttr(x, "extra"));
        assertRepr("{'extra': 1}", Attr.getAttr(x, "__dict__"));
        assertEquals("TypeError: type 'bool' is not an acceptable base type", error(() -> cls("X", BuiltinTypes.BOOL)));
        assertFalse(Attr.hasAttr(call(cls("N", BuiltinTypes.INT), 1L), "extra"));
    }

    @Test
    void containerSubclasses() {
        PyType t = cls("T", BuiltinTypes.TUPLE);
        Object tu = call(t, PyList.of(1L, 2L));
        assertRepr("(1, 2)", tu);
        assertSame(t, BuiltinTypes.typeOf(tu));
        assertEquals(true, Compare.eq(tu, PyTuple.of(1L, 2L)));
        assertEquals(Hash.hash(PyTuple.of(1L, 2L)), Hash.hash(tu));
        assertSame(BuiltinTypes.TUPLE, BuiltinTypes.typeOf(Binary.op(tu, tu, BinaryOp.ADD)));
        assertSame(BuiltinTypes.TUPLE, BuiltinTypes.typeOf(Items.getItem(tu, call(BuiltinTypes.SLICE, 1L))));
        PyType bt = cls("B", BuiltinTypes.BYTES);
        Object bs = call(bt, new pygil.runtime.object.PyBytes(new byte[] {'a', 'b'}));
        assertRepr("b'ab'", bs);
        assertSame(BuiltinTypes.BYTES, BuiltinTypes.typeOf(Binary.op(bs, new pygil.runtime.object.PyBytes(new byte[] {'c'}), BinaryOp.ADD)));
        PyType st = cls("St", BuiltinTypes.SET);
        assertRepr("St({1})", call(st, PyList.of(1L)));
        assertRepr("St()", call(st));
        assertSame(BuiltinTypes.SET, BuiltinTypes.typeOf(Binary.op(call(st, PyList.of(1L)), call(BuiltinTypes.SET, PyList.of(2L)), BinaryOp.OR)));
        PyType fs = cls("Fs", BuiltinTypes.FROZENSET);
        Object f = call(fs, PyList.of(1L));
        assertRepr("Fs({1})", f);
        assertEquals(Hash.hash(call(BuiltinTypes.FROZENSET, PyList.of(1L))), Hash.hash(f));
        assertTrue(Compare.eq(f, call(BuiltinTypes.FROZENSET, PyList.of(1L))));
    }
}
