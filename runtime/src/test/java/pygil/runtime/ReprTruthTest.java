package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.cls;
import static pygil.runtime.Py.error;
import static pygil.runtime.Py.method;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PEllipsis;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Repr;
import pygil.runtime.ops.Truth;

class ReprTruthTest {
    @Test
    void scalars() {
        assertRepr("1e+16", 1e16);
        assertRepr("-0.0", -0.0);
        assertRepr("inf", Double.POSITIVE_INFINITY);
        assertRepr("18446744073709551616", BigInteger.ONE.shiftLeft(64));
        assertRepr("True", true);
        assertRepr("\"it's\"", "it's");
        assertRepr("'a\\nb'", "a\nb");
        assertRepr("b'ab\\x00'", new PyBytes(new byte[] {'a', 'b', 0}));
        assertRepr("None", PNone.NONE);
        assertRepr("NotImplemented", PNotImplemented.INSTANCE);
        assertRepr("Ellipsis", PEllipsis.INSTANCE);
        assertEquals("1.5", Repr.str(1.5));
        assertEquals("abc", Repr.str("abc"));
    }

    @Test
    void containers() {
        assertRepr("[1, 'a', 2.5, None]", PyList.of(1L, "a", 2.5, PNone.NONE));
        assertRepr("(1,)", PyTuple.of(1L));
        assertRepr("()", PyTuple.EMPTY);
        PyList self = new PyList();
        self.append(1L);
        self.append(self);
        assertRepr("[1, [...]]", self);
        PyDict d = new PyDict();
        d.setItem(1L, d);
        assertRepr("{1: {...}}", d);
        assertRepr("range(0, 3)", Call.call1(BuiltinTypes.RANGE, 3L));
        assertRepr("range(0, 10, 2)", Call.call(BuiltinTypes.RANGE, new Object[] {0L, 10L, 2L}, new String[0]));
        assertRepr("slice(1, 2, None)", Call.call2(BuiltinTypes.SLICE, 1L, 2L));
    }

    @Test
    void objects() {
        PyType c = cls("C");
        Object o = Call.call0(c);
        assertEquals("<__main__.C object at " + Repr.address(o) + ">", Repr.repr(o));
        assertTrue(Repr.address(o).matches("0x7f[0-9a-f]{10}"));
        assertRepr("<class '__main__.C'>", c);
        assertRepr("<class 'int'>", BuiltinTypes.INT);
        assertRepr("<built-in function len>", Py.BUILTINS.get("len"));
        assertRepr("<slot wrapper '__add__' of 'int' objects>", BuiltinTypes.INT.lookup("__add__"));
        PyModule m = new PyModule("mm");
        assertRepr("<module 'mm'>", m);
        m.isBuiltin = true;
        assertRepr("<module 'mm' (built-in)>", m);
        method(c, "__repr__", (args, kw) -> "C!");
        assertRepr("C!", o);
        assertEquals("C!", Repr.str(o));
        method(c, "__str__", (args, kw) -> "str-C");
        assertEquals("str-C", Repr.str(o));
        method(c, "__repr__", (args, kw) -> 1L);
        assertEquals("TypeError: __repr__ returned non-string (type int)", error(() -> Repr.repr(o)));
        assertEquals("TypeError: unsupported format string passed to C.__format__", error(() -> Repr.format(o, "x")));
        assertEquals("str-C", Repr.format(o, ""));
        assertEquals("  1.50", Repr.format(1.5, "6.2f"));
    }

    @Test
    void exceptions() {
        assertRepr("ValueError('x')", PyErrors.newException(ExceptionTypes.VALUE_ERROR, "x"));
        assertRepr("ValueError('a', 2)", PyErrors.newException(ExceptionTypes.VALUE_ERROR, "a", 2L));
        assertRepr("ValueError()", PyErrors.newException(ExceptionTypes.VALUE_ERROR));
        assertEquals("('a', 2)", PyErrors.newException(ExceptionTypes.VALUE_ERROR, "a", 2L).str());
        assertEquals("'k'", PyErrors.newException(ExceptionTypes.KEY_ERROR, "k").str());
        assertEquals("[Errno 2] No such file: 'f.txt'", PyErrors.newException(ExceptionTypes.OS_ERROR, 2L, "No such file", "f.txt").str());
        assertEquals("bad (f.py, line 3)", PyErrors.newException(ExceptionTypes.SYNTAX_ERROR, "bad", PyTuple.of("f.py", 3L, 4L, "x = ")).str());
        Object stop = Call.call1(ExceptionTypes.STOP_ITERATION, 5L);
        assertEquals(5L, pygil.runtime.ops.Attr.getAttr(stop, "value"));
        assertEquals(PNone.NONE, pygil.runtime.ops.Attr.getAttr(Call.call0(ExceptionTypes.SYSTEM_EXIT), "code"));
        PyType mine = cls("MyErr", ExceptionTypes.EXCEPTION);
        Object e = Call.call1(mine, "boom");
        assertRepr("MyErr('boom')", e);
        assertEquals("MyErr: boom", new pygil.runtime.error.PyException((pygil.runtime.error.PyBaseException) e).getMessage());
        assertEquals("TypeError: ValueError() takes no keyword arguments", error(() -> Call.call(ExceptionTypes.VALUE_ERROR, new Object[] {1L}, new String[] {"x"})));
        Object ie = Call.call(ExceptionTypes.IMPORT_ERROR, new Object[] {"m", "x"}, new String[] {"name"});
        assertEquals("x", pygil.runtime.ops.Attr.getAttr(ie, "name"));
        assertEquals("m", Repr.str(ie));
        assertRepr("FileNotFoundError(2, 'No such file')", Call.call2(ExceptionTypes.OS_ERROR, 2L, "No such file"));
        assertRepr("OSError('x')", Call.call1(ExceptionTypes.OS_ERROR, "x"));
        assertRepr("PermissionError(13, 'denied')", PyErrors.newException(ExceptionTypes.OS_ERROR, 13L, "denied"));
    }

    @Test
    void typeWithThreeArguments() {
        PyDict ns = new PyDict();
        ns.putString("x", 1L);
        Object t = Call.call(BuiltinTypes.TYPE, new Object[] {"Dyn", PyTuple.of(BuiltinTypes.OBJECT), ns}, new String[0]);
        assertRepr("<class 'Dyn'>", t);
        assertEquals(1L, pygil.runtime.ops.Attr.getAttr(Call.call0(t), "x"));
        assertRepr("['a', 'b']", Call.call1(BuiltinTypes.LIST, "ab"));
        assertRepr("(1, 2)", Call.call1(BuiltinTypes.TUPLE, PyList.of(1L, 2L)));
        assertEquals("[1]", Call.call1(BuiltinTypes.STR, PyList.of(1L)));
        assertEquals("TypeError: object() takes no arguments", error(() -> Call.call1(BuiltinTypes.OBJECT, 1L)));
    }

    @Test
    void truth() {
        assertFalse(Truth.isTrue(0L));
        assertFalse(Truth.isTrue(""));
        assertFalse(Truth.isTrue(PNone.NONE));
        assertFalse(Truth.isTrue(0.0));
        assertFalse(Truth.isTrue(new PyList()));
        assertFalse(Truth.isTrue(PyTuple.EMPTY));
        assertFalse(Truth.isTrue(new PyDict()));
        assertTrue(Truth.isTrue(BigInteger.TEN.pow(30)));
        assertTrue(Truth.isTrue(Call.call0(cls("Plain"))));
        PyType b = cls("B");
        method(b, "__bool__", (args, kw) -> 1L);
        assertEquals("TypeError: __bool__ should return bool, returned int", error(() -> Truth.isTrue(Call.call0(b))));
        PyType l = cls("L");
        method(l, "__len__", (args, kw) -> 0L);
        assertFalse(Truth.isTrue(Call.call0(l)));
        method(l, "__len__", (args, kw) -> -1L);
        assertEquals("ValueError: __len__() should return >= 0", error(() -> Truth.isTrue(Call.call0(l))));
    }
}
