package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.b;
import static pygil.runtime.Py.error;
import static pygil.runtime.Py.kw;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinFunctions;
import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.PyTextStream;
import pygil.runtime.call.Call;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Iter;

/** Expected values and messages come from CPython 3.11. */
class BuiltinsTest {
    private static Object m(Object obj, String method, Object... args) {
        return Call.call(Attr.getAttr(obj, method), args, new String[0]);
    }

    private static Object list(Object iterable) {
        return Iter.toList(iterable);
    }

    @Test
    void numeric() {
        assertEquals(3L, b("max", PyList.of(1L, 3L, 2L)));
        assertEquals(1L, b("min", 3L, 1L, 2L));
        assertEquals(5L, kw("max", new Object[] {new PyList(), 5L}, "default"));
        assertEquals("bb", kw("max", new Object[] {PyList.of("a", "bb"), Py.BUILTINS.get("len")}, "key"));
        assertEquals(6L, b("sum", PyList.of(1L, 2L, 3L)));
        assertEquals(0.9999999999999999, b("sum", Call.call(BuiltinTypes.LIST, new Object[] {pygil.runtime.ops.Binary.op(PyList.of(0.1), 10L, pygil.runtime.ops.BinaryOp.MUL)}, new String[0])));
        assertEquals(24L, b("pow", 2L, 10L, 1000L));
        assertEquals(0.5, b("pow", 2L, -1L));
        assertEquals(2L, b("round", 2.5));
        assertEquals(3.14, b("round", 3.14159, 2L));
        assertEquals(20L, b("round", 25L, -1L));
        assertRepr("(3, 1)", b("divmod", 7L, 2L));
        assertRepr("(-4.0, 0.5)", b("divmod", -7.5, 2L));
        assertEquals("0b1010", b("bin", 10L));
        assertEquals("-0o10", b("oct", -8L));
        assertEquals("0x400000000000000000", b("hex", java.math.BigInteger.TWO.pow(70)));
        assertEquals("a", b("chr", 97L));
        assertEquals(8364L, b("ord", "€"));
        assertEquals(5L, Call.call1(BuiltinTypes.INT, "5"));
        assertEquals(18L, Call.call2(BuiltinTypes.INT, "12", 16L));
        assertEquals(2L, Call.call1(BuiltinTypes.INT, 2.9));
        assertEquals(1.5, Call.call1(BuiltinTypes.FLOAT, " 1.5 "));
        assertEquals(false, Call.call0(BuiltinTypes.BOOL));
        assertEquals("ValueError: invalid literal for int() with base 10: 'x'", error(() -> Call.call1(BuiltinTypes.INT, "x")));
        assertEquals("TypeError: int() can't convert non-string with explicit base", error(() -> Call.call2(BuiltinTypes.INT, 5L, 2L)));
        assertEquals("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'", error(() -> Call.call1(BuiltinTypes.INT, new PyList())));
        assertEquals("ValueError: max() arg is an empty sequence", error(() -> b("max", new PyList())));
        assertEquals("TypeError: max expected at least 1 argument, got 0", error(() -> b("max")));
        assertEquals("TypeError: sum() can't sum strings [use ''.join(seq) instead]", error(() -> b("sum", PyList.of(1L), "")));
        assertEquals("TypeError: len() takes exactly one argument (0 given)", error(() -> b("len")));
        assertEquals("TypeError: object of type 'int' has no len()", error(() -> b("len", 5L)));
        assertEquals("ValueError: chr() arg not in range(0x110000)", error(() -> b("chr", -1L)));
        assertEquals("TypeError: ord() expected a character, but string of length 2 found", error(() -> b("ord", "ab")));
        assertEquals("TypeError: type str doesn't define __round__ method", error(() -> b("round", "a")));
        assertEquals(255L, Call.call(BuiltinTypes.INT, new Object[] {"ff", 16L}, new String[] {"base"}));
        assertRepr("b'\\x00\\xff'", Call.call(Attr.getAttr(255L, "to_bytes"), new Object[] {2L, "big"}, new String[0]));
    }

    @Test
    void iteration() {
        assertRepr("[3, 2, 1]", kw("sorted", new Object[] {PyList.of(3L, 1L, 2L), true}, "reverse"));
        assertRepr("['a', 'b', 'c']", b("sorted", "bca"));
        assertRepr("[(1, 3), (2, 4)]", list(b("zip", PyList.of(1L, 2L), PyList.of(3L, 4L, 5L))));
        assertRepr("[1, 2]", list(b("filter", PNone.NONE, PyList.of(0L, 1L, 2L))));
        assertRepr("[(1, 'a'), (2, 'b')]", list(b("enumerate", "ab", 1L)));
        assertRepr("[3, 2, 1, 0]", list(b("reversed", Call.call1(BuiltinTypes.RANGE, 4L))));
        assertRepr("['c', 'b', 'a']", list(b("reversed", "abc")));
        PyBuiltinFunction inc = new PyBuiltinFunction("inc", (a, k) -> pygil.runtime.ops.Binary.op(a[0], 1L, pygil.runtime.ops.BinaryOp.ADD));
        assertRepr("[2, 3]", list(b("map", inc, PyList.of(1L, 2L))));
        assertEquals("ValueError: zip() argument 2 is longer than argument 1",
                        error(() -> list(kw("zip", new Object[] {PyList.of(1L), PyList.of(2L, 3L), true}, "strict"))));
        Object it = b("iter", PyList.of(1L));
        assertEquals(1L, b("next", it));
        assertEquals("x", b("next", it, "x"));
        assertEquals("StopIteration", error(() -> b("next", it)));
        assertEquals("TypeError: 'list' object is not an iterator", error(() -> b("next", new PyList())));
        assertEquals("TypeError: 'int' object is not iterable", error(() -> b("iter", 1L)));
        assertEquals(true, b("all", PyList.of(1L, true)));
        assertEquals(false, b("any", PyList.of(0L, "")));
        assertEquals("ValueError: not enough values to unpack (expected 3, got 2)", error(() -> Iter.unpack(PyList.of(1L, 2L), 3)));
        assertEquals("ValueError: too many values to unpack (expected 2)", error(() -> Iter.unpack("abc", 2)));
        assertRepr("[1, [2, 3], 4]", PyList.of(Iter.unpackEx(PyList.of(1L, 2L, 3L, 4L), 1, 1)));
    }

    @Test
    void listMethods() {
        PyList l = PyList.of(3L, 1L, 2L);
        m(l, "sort");
        assertRepr("[1, 2, 3]", l);
        m(l, "insert", -1L, 9L);
        assertRepr("[1, 2, 9, 3]", l);
        assertEquals(3L, m(l, "pop"));
        assertEquals(1L, m(l, "pop", 0L));
        m(l, "extend", "ab");
        assertRepr("[2, 9, 'a', 'b']", l);
        assertEquals(2L, m(l, "index", "a"));
        m(l, "remove", 9L);
        m(l, "reverse");
        assertRepr("['b', 'a', 2]", l);
        assertEquals("ValueError: list.remove(x): x not in list", error(() -> m(l, "remove", 7L)));
        assertEquals("ValueError: 7 is not in list", error(() -> m(l, "index", 7L)));
        assertEquals("IndexError: pop from empty list", error(() -> m(new PyList(), "pop")));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'", error(() -> b("sorted", PyList.of(1L, "a"))));
        assertEquals("TypeError: list.append() takes exactly one argument (0 given)", error(() -> m(l, "append")));
        assertEquals("TypeError: insert expected 2 arguments, got 1", error(() -> m(l, "insert", 1L)));
        PyList stable = PyList.of(PyTuple.of(1L, "b"), PyTuple.of(0L, "z"), PyTuple.of(1L, "a"));
        Call.call(Attr.getAttr(stable, "sort"), new Object[] {new PyBuiltinFunction("k", (a, k) -> ((PyTuple) a[0]).get(0))}, new String[] {"key"});
        assertRepr("[(0, 'z'), (1, 'b'), (1, 'a')]", stable);
        PyList big = new PyList();
        for (long i = 0; i < 100; i++) {
            big.append((i * 37) % 101);
        }
        m(big, "sort");
        for (int i = 1; i < 100; i++) {
            assertEquals(true, (Long) big.get(i - 1) < (Long) big.get(i));
        }
        PyList sl = PyList.of(0L, 1L, 2L, 3L, 4L, 5L);
        pygil.runtime.ops.Items.setItem(sl, Call.call(BuiltinTypes.SLICE, new Object[] {1L, 3L}, new String[0]), PyList.of("x"));
        assertRepr("[0, 'x', 3, 4, 5]", sl);
        pygil.runtime.ops.Items.delItem(sl, Call.call(BuiltinTypes.SLICE, new Object[] {PNone.NONE, PNone.NONE, 2L}, new String[0]));
        assertRepr("['x', 4]", sl);
        assertRepr("[4, 'x']", pygil.runtime.ops.Items.getItem(sl, Call.call(BuiltinTypes.SLICE, new Object[] {PNone.NONE, PNone.NONE, -1L}, new String[0])));
        assertEquals("IndexError: list index out of range", error(() -> pygil.runtime.ops.Items.getItem(sl, 5L)));
        assertEquals("TypeError: list indices must be integers or slices, not str", error(() -> pygil.runtime.ops.Items.getItem(sl, "a")));
    }

    @Test
    void strMethods() {
        assertEquals("a-b-c", m("-", "join", PyList.of("a", "b", "c")));
        assertRepr("['a', 'b', 'c']", m("a b  c", "split"));
        assertRepr("['a', 'b,c']", Call.call(Attr.getAttr("a,b,c", "split"), new Object[] {",", 1L}, new String[] {"maxsplit"}));
        assertEquals("HELLO", m("hello", "upper"));
        assertEquals(2L, m("hello", "find", "l"));
        assertEquals(true, m("hello", "startswith", PyTuple.of("x", "he")));
        assertEquals("xxhixx", m("hi", "center", 6L, "x"));
        assertEquals("hi", m("  hi  ", "strip"));
        assertEquals("he!!o", m("hello", "replace", "l", "!"));
        assertEquals("TypeError: sequence item 0: expected str instance, int found", error(() -> m("", "join", PyList.of(1L))));
        assertEquals("TypeError: must be str or None, not int", error(() -> m("a", "split", 1L)));
        assertEquals("TypeError: startswith first arg must be str or a tuple of str, not int", error(() -> m("a", "startswith", 1L)));
        assertEquals("ValueError: substring not found", error(() -> m("a", "index", "b")));
        assertEquals("TypeError: str.upper() takes no arguments (1 given)", error(() -> m("a", "upper", 1L)));
        assertEquals("string index out of range", error(() -> pygil.runtime.ops.Items.getItem("a", 5L)).substring(12));
        assertEquals("b", pygil.runtime.ops.Items.getItem("abc", -2L));
        assertEquals("cba", pygil.runtime.ops.Items.getItem("abc", Call.call(BuiltinTypes.SLICE, new Object[] {PNone.NONE, PNone.NONE, -1L}, new String[0])));
        assertEquals(2L, pygil.runtime.ops.Items.len("a\uD83D\uDE00"));
        assertEquals("\uD83D\uDE00", pygil.runtime.ops.Items.getItem("a\uD83D\uDE00", 1L));
    }

    @Test
    void strFormat() {
        PyDict kw = new PyDict();
        kw.putString("w", 4L);
        assertEquals("1|2", m("{0[a]}|{0[0]}", "format", dictOf("a", 1L, 0L, 2L)));
        assertEquals("   3|", Call.call(Attr.getAttr("{:>{w}}|", "format"), new Object[] {3L, 4L}, new String[] {"w"}));
        assertEquals("  'a'", m("{!r:>5}", "format", "a"));
        assertEquals("{}", m("{{}}", "format"));
        assertEquals("5 y None 1.5", m("{0.real} {1[1]} {2} {3:}", "format", 5L, "xyz", PNone.NONE, 1.5));
        assertEquals("ValueError: Single '{' encountered in format string", error(() -> m("{", "format")));
        assertEquals("ValueError: Single '}' encountered in format string", error(() -> m("}", "format")));
        assertEquals("ValueError: cannot switch from manual field specification to automatic field numbering", error(() -> m("{0}{}", "format", 1L, 2L)));
        assertEquals("IndexError: Replacement index 1 out of range for positional args tuple", error(() -> m("{0:{1}}", "format", 1L)));
        assertEquals("KeyError: 'x'", error(() -> m("{x}", "format")));
        assertEquals("ValueError: expected '}' before end of string", error(() -> m("{0", "format", 1L)));
        assertEquals("ValueError: Unknown format code 'd' for object of type 'str'", error(() -> m("{:d}", "format", "a")));
        assertEquals("x=5 y='a'", pygil.runtime.ops.Binary.op("x=%d y=%r", PyTuple.of(5L, "a"), pygil.runtime.ops.BinaryOp.MOD));
    }

    private static PyDict dictOf(Object... kv) {
        PyDict d = new PyDict();
        for (int i = 0; i < kv.length; i += 2) {
            d.setItem(kv[i], kv[i + 1]);
        }
        return d;
    }

    @Test
    void typesAndIntrospection() {
        assertEquals(true, b("isinstance", true, BuiltinTypes.INT));
        assertEquals(true, b("isinstance", 1L, PyTuple.of(BuiltinTypes.STR, PyTuple.of(BuiltinTypes.INT))));
        assertEquals(true, b("issubclass", BuiltinTypes.BOOL, PyTuple.of(BuiltinTypes.INT)));
        assertEquals("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union", error(() -> b("isinstance", 1L, 2L)));
        assertEquals("TypeError: issubclass() arg 1 must be a class", error(() -> b("issubclass", 1L, BuiltinTypes.INT)));
        assertEquals(true, b("callable", Py.BUILTINS.get("len")));
        assertEquals(false, b("callable", 1L));
        assertEquals(b("hash", 1L), b("hash", 1.0));
        assertEquals(b("id", 1L), b("id", 1L));
        assertEquals("'\\xe9'", b("ascii", "é"));
        assertRepr("['__abs__', '__add__', '__and__', '__bool__', '__ceil__']", pygil.runtime.ops.Items.getItem(b("dir", 1L),
                        Call.call1(BuiltinTypes.SLICE, 5L)));
        assertEquals("TypeError: vars() argument must have __dict__ attribute", error(() -> b("vars", 1L)));
        Map<String, Object> all = Py.BUILTINS;
        assertEquals(BuiltinTypes.OBJECT, all.get("object"));
        assertEquals(pygil.runtime.error.ExceptionTypes.OS_ERROR, all.get("IOError"));
    }

    @Test
    void printAndStreams() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyTextStream stdout = new PyTextStream("<stdout>", out, false, 1, false);
        PyTextStream stdin = new PyTextStream("<stdin>", new ByteArrayInputStream("line1\nlast".getBytes(StandardCharsets.UTF_8)), 0, false);
        Map<String, Object> builtins = BuiltinFunctions.create(new BuiltinFunctions.Host() {
            @Override
            public Object stdout() {
                return stdout;
            }

            @Override
            public Object stdin() {
                return stdin;
            }
        });
        Object print = builtins.get("print");
        Call.call(print, new Object[] {1L, "a", PyList.of(2.5)}, new String[0]);
        Call.call(print, new Object[] {1L, 2L, "-", "!\n"}, new String[] {"sep", "end"});
        assertEquals("", out.toString(StandardCharsets.UTF_8), "stdout is block-buffered");
        stdout.flush();
        assertEquals("1 a [2.5]\n1-2!\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("line1", Call.call0(builtins.get("input")));
        assertEquals("last", Call.call0(builtins.get("input")));
        assertEquals("EOFError: EOF when reading a line", error(() -> Call.call0(builtins.get("input"))));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PyTextStream stderr = new PyTextStream("<stderr>", err, true, 2, false);
        Call.call(print, new Object[] {"x", stderr}, new String[] {"file"});
        assertEquals("x\n", err.toString(StandardCharsets.UTF_8), "stderr is line-buffered");
        assertEquals(3L, m(stderr, "write", "abc"));
        assertEquals("TypeError: sep must be None or a string, not int", error(() -> Call.call(print, new Object[] {1L}, new String[] {"sep"})));
        assertRepr("<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>", stdout);
        assertEquals("utf-8", Attr.getAttr(stdout, "encoding"));
    }
}
