package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.b;
import static pygil.runtime.Py.call;
import static pygil.runtime.Py.error;
import static pygil.runtime.Py.m;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.object.PyByteArray;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyList;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;

/** {@code bytearray}. Expected values are CPython 3.11's. */
class ByteArrayTest {
    private static PyBytes by(String s) {
        return new PyBytes(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    private static Object ba(String s) {
        return call(BuiltinTypes.BYTEARRAY, by(s));
    }

    @Test
    void construction() {
        assertRepr("bytearray(b'xyz')", ba("xyz"));
        assertRepr("bytearray(b'')", call(BuiltinTypes.BYTEARRAY));
        assertRepr("bytearray(b'\\x00\\x00\\x00')", call(BuiltinTypes.BYTEARRAY, 3L));
        assertRepr("bytearray(b'\\x01\\x02\\x03')", call(BuiltinTypes.BYTEARRAY, PyList.of(1L, 2L, 3L)));
        assertRepr("bytearray(b'h\\xc3\\xa9')", call(BuiltinTypes.BYTEARRAY, "hé", "utf-8"));
        assertRepr("bytearray(b\"it\\'s\")", ba("it's"));
        assertEquals("TypeError: string argument without an encoding", error(() -> call(BuiltinTypes.BYTEARRAY, "x")));
        assertEquals("ValueError: negative count", error(() -> call(BuiltinTypes.BYTEARRAY, -1L)));
        assertEquals("ValueError: byte must be in range(0, 256)", error(() -> call(BuiltinTypes.BYTEARRAY, PyList.of(256L))));
        assertEquals("TypeError: cannot convert 'float' object to bytearray", error(() -> call(BuiltinTypes.BYTEARRAY, 5.0)));
        assertEquals("TypeError: unhashable type: 'bytearray'", error(() -> Hash.hash(ba("a"))));
        assertRepr("b'ab'", call(BuiltinTypes.BYTES, ba("ab")));
        assertEquals("é", m(ba("\u00c3\u00a9"), "decode"));
        assertEquals("a", call(BuiltinTypes.STR, ba("a"), "ascii"));
    }

    @Test
    void sequenceOperations() {
        assertRepr("bytearray(b'ab')", Binary.op(ba("a"), by("b"), BinaryOp.ADD));
        assertRepr("b'ab'", Binary.op(by("a"), ba("b"), BinaryOp.ADD));
        assertRepr("bytearray(b'abab')", Binary.op(2L, ba("ab"), BinaryOp.MUL));
        assertEquals(true, Compare.eq(ba("ab"), by("ab")));
        assertEquals(true, Compare.eq(by("ab"), ba("ab")));
        assertEquals(false, Compare.eq(ba("a"), "a"));
        assertEquals(true, Compare.richCompareBool(by("a"), ba("b"), CompareOp.LT));
        assertEquals(true, Compare.contains(ba("ab"), 98L));
        assertEquals(true, Compare.contains(ba("ab"), by("b")));
        assertEquals(true, Compare.contains(by("ab"), ba("b")));
        assertEquals(2L, Items.len(ba("ab")));
        assertEquals(98L, Items.getItem(ba("ab"), -1L));
        assertRepr("bytearray(b'bc')", Items.getItem(ba("abc"), call(BuiltinTypes.SLICE, 1L, pygil.runtime.object.PNone.NONE)));
        assertEquals("IndexError: bytearray index out of range", error(() -> Items.getItem(ba("ab"), 5L)));
        assertRepr("[97, 98]", Iter.toList(ba("ab")));
        assertEquals("TypeError: can't concat str to bytearray", error(() -> Binary.op(ba("ab"), "c", BinaryOp.ADD)));
        assertRepr("[bytearray(b'a'), bytearray(b'b')]", m(ba("a,b"), "split", by(",")));
        assertRepr("bytearray(b'ABC')", m(ba("abc"), "upper"));
        assertRepr("bytearray(b'axb')", m(ba("x"), "join", PyList.of(by("a"), ba("b"))));
        assertRepr("b'axb'", m(by("x"), "join", PyList.of(by("a"), ba("b"))));
        assertEquals(256L, m(BuiltinTypes.INT, "from_bytes", ba("\u0001\u0000"), "big"));
    }

    @Test
    void mutation() {
        Object ba = ba("abc");
        m(ba, "append", 100L);
        m(ba, "extend", by("ef"));
        m(ba, "extend", PyList.of(1L));
        assertRepr("bytearray(b'abcdef\\x01')", ba);
        Items.setItem(ba, 0L, 65L);
        Items.setItem(ba, call(BuiltinTypes.SLICE, 1L, 3L), by("ZZZZ"));
        assertRepr("bytearray(b'AZZZZdef\\x01')", ba);
        Items.delItem(ba, 0L);
        Items.delItem(ba, call(BuiltinTypes.SLICE, 1L, 3L));
        m(ba, "insert", 0L, 33L);
        m(ba, "reverse");
        assertRepr("bytearray(b'\\x01fedZZ!')", ba);
        assertEquals(33L, m(ba, "pop"));
        m(ba, "remove", 90L);
        assertRepr("bytearray(b'\\x01fedZ')", ba);
        Object alias = ba;
        assertSame(alias, Binary.inplaceOp(ba, by("!"), BinaryOp.ADD));
        assertRepr("bytearray(b'\\x01fedZ!\\x01fedZ!')", Binary.inplaceOp(ba, 2L, BinaryOp.MUL));
        m(ba, "clear");
        assertEquals(0, ((PyByteArray) ba).size());
        assertEquals("IndexError: pop from empty bytearray", error(() -> m(ba, "pop")));
        Object x = ba("abcdefghij");
        assertEquals("ValueError: byte must be in range(0, 256)", error(() -> Items.setItem(x, 0L, 256L)));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer", error(() -> m(x, "append", "a")));
        assertEquals("ValueError: attempt to assign bytes of size 2 to extended slice of size 5",
                        error(() -> Items.setItem(x, call(BuiltinTypes.SLICE, pygil.runtime.object.PNone.NONE, pygil.runtime.object.PNone.NONE, 2L), by("xy"))));
        assertEquals("TypeError: can assign only bytes, buffers, or iterables of ints in range(0, 256)", error(() -> Items.setItem(x, call(BuiltinTypes.SLICE, 0L, 1L), 5L)));
        assertEquals("TypeError: can't extend bytearray with int", error(() -> m(x, "extend", 5L)));
        assertEquals("ValueError: value not found in bytearray", error(() -> m(x, "remove", 120L)));
        Items.delItem(x, call(BuiltinTypes.SLICE, pygil.runtime.object.PNone.NONE, pygil.runtime.object.PNone.NONE, -3L));
        assertRepr("bytearray(b'bcefhi')", x);
    }

    @Test
    void builtinName() {
        assertSame(BuiltinTypes.BYTEARRAY, Py.BUILTINS.get("bytearray"));
        assertEquals(false, b("isinstance", ba(""), BuiltinTypes.BYTES));
    }
}
