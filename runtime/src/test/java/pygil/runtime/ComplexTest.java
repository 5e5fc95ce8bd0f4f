package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.b;
import static pygil.runtime.Py.call;
import static pygil.runtime.Py.error;
import static pygil.runtime.Py.m;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.object.PyComplex;
import pygil.runtime.object.PyDict;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Truth;

/** {@code complex} and {@code pow()} with a modulus. Expected values are CPython 3.11's. */
class ComplexTest {
    private static Object c(Object re, Object im) {
        return call(BuiltinTypes.COMPLEX, re, im);
    }

    private static Object op(Object a, Object b, BinaryOp op) {
        return Binary.op(a, b, op);
    }

    @Test
    void reprs() {
        assertRepr("(1+2j)", c(1L, 2L));
        assertRepr("1j", c(0L, 1L));
        assertRepr("(-0-1j)", c(-0.0, -1L));
        assertRepr("0j", c(0L, 0L));
        assertRepr("(-0+0j)", c(-0.0, 0L));
        assertRepr("(1.5-0j)", c(1.5, -0.0));
        assertRepr("(inf+nanj)", c(Double.POSITIVE_INFINITY, Double.NaN));
        assertRepr("(1e+16+1e-05j)", c(1e16, 1e-5));
        assertRepr("-0j", c(0L, -0.0));
        assertRepr("(0.1+1e+300j)", c(0.1, 1e300));
        assertRepr("(1.2345678901234568e+17+1j)", c(123456789012345678L, 1.0));
        assertEquals("(1+2j)", b("str", c(1L, 2L)));
        assertEquals("(1+2j)", b("format", c(1L, 2L), ""));
        assertEquals("1.00+2.00j", b("format", c(1L, 2L), ".2f"));
        assertEquals("    (1+2j)", b("format", c(1L, 2L), "10"));
        assertEquals("(+1+2j)", b("format", c(1L, 2L), "+"));
    }

    @Test
    void construction() {
        assertRepr("0j", call(BuiltinTypes.COMPLEX));
        assertRepr("(1+0j)", call(BuiltinTypes.COMPLEX, 1L));
        assertRepr("(-1+1j)", c(c(0L, 1L), c(0L, 1L)));
        assertRepr("(1+0j)", c(true, false));
        assertRepr("(1.0715086071862673e+301+0j)", call(BuiltinTypes.COMPLEX, BigInteger.TWO.pow(1000)));
        assertEquals("OverflowError: int too large to convert to float", error(() -> call(BuiltinTypes.COMPLEX, BigInteger.TWO.pow(2000))));
        String[][] strings = {{"1+2j", "(1+2j)"}, {" ( 1-2j ) ", "(1-2j)"}, {"j", "1j"}, {"-j", "-1j"}, {"1e3", "(1000+0j)"}, {"inf", "(inf+0j)"},
            {"-nanj", "nanj"}, {"1_0+2_0j", "(10+20j)"}, {"nan+infj", "(nan+infj)"}, {"1e+2j", "100j"}, {"(1)", "(1+0j)"}, {"infinityj", "infj"},
            {"1.j", "1j"}, {".5j", "0.5j"}, {"1-j", "(1-1j)"}, {"\u0661+2j", "(1+2j)"}};
        for (String[] s : strings) {
            assertRepr(s[1], call(BuiltinTypes.COMPLEX, s[0]));
        }
        for (String bad : new String[] {"1+", "j1", "1+2", "(1+2j", "", "1 + 2j", "+1.5e-3-2.5Ej", "0x1", "1.5e", "1+nan", "1..5", "-", "1e5j5"}) {
            assertEquals("ValueError: complex() arg is a malformed string", error(() -> call(BuiltinTypes.COMPLEX, bad)), bad);
        }
        assertEquals("ValueError: could not convert string to complex: '1__0j'", error(() -> call(BuiltinTypes.COMPLEX, "1__0j")));
        assertEquals("TypeError: complex() can't take second arg if first is a string", error(() -> c("1", 2L)));
        assertEquals("TypeError: complex() second arg can't be a string", error(() -> c(1L, "2")));
        assertEquals("TypeError: complex() first argument must be a string or a number, not 'NoneType'", error(() -> call(BuiltinTypes.COMPLEX, pygil.runtime.object.PNone.NONE)));
        assertEquals("TypeError: complex() second argument must be a number, not 'list'", error(() -> c(1L, new pygil.runtime.object.PyList())));
    }

    @Test
    void arithmetic() {
        Object a = c(1L, 2L);
        Object b = c(3L, -4L);
        assertRepr("(4-2j)", op(a, b, BinaryOp.ADD));
        assertRepr("(-2+6j)", op(a, b, BinaryOp.SUB));
        assertRepr("(11+2j)", op(a, b, BinaryOp.MUL));
        assertRepr("(-0.2+0.4j)", op(a, b, BinaryOp.TRUEDIV));
        assertRepr("(-3+4j)", op(a, 2L, BinaryOp.POW));
        assertRepr("(932.1391946432212+95.9465336603415j)", op(a, b, BinaryOp.POW));
        assertRepr("(1.272019649514069+0.7861513777574233j)", op(a, 0.5, BinaryOp.POW));
        assertRepr("(0.36691394948660344+1.9660554808224875j)", op(2L, a, BinaryOp.POW));
        assertRepr("(-0.08800000000000001+0.016j)", op(a, -3L, BinaryOp.POW));
        assertRepr("(-6.443164690985892e+34-6.113241307762508e+34j)", op(a, 100L, BinaryOp.POW));
        assertRepr("(3+2j)", op(2L, a, BinaryOp.ADD));
        assertRepr("(0.4-0.8j)", op(2L, a, BinaryOp.TRUEDIV));
        assertRepr("(-1-2j)", Binary.neg(a));
        assertEquals(5.0, Binary.abs(b));
        assertRepr("(1-2j)", m(a, "conjugate"));
        assertEquals(1.0, Attr.getAttr(a, "real"));
        assertEquals(2.0, Attr.getAttr(a, "imag"));
        assertRepr("(nan+nanj)", op(c(1e200, 1e200), 2L, BinaryOp.POW));
        assertRepr("(inf+infj)", op(c(1e308, 1e308), 2L, BinaryOp.MUL));
        assertRepr("(1.7319121124709868e-16+2.8284271247461903j)", op(-8L, 0.5, BinaryOp.POW));
        assertEquals(false, Truth.isTrue(c(0L, 0L)));
    }

    @Test
    void errors() {
        Object a = c(1L, 2L);
        assertEquals("ZeroDivisionError: complex division by zero", error(() -> op(a, 0L, BinaryOp.TRUEDIV)));
        assertEquals("ZeroDivisionError: 0.0 to a negative or complex power", error(() -> op(c(0L, 0L), -1L, BinaryOp.POW)));
        assertEquals("OverflowError: complex exponentiation", error(() -> op(a, 1000L, BinaryOp.POW)));
        assertEquals("OverflowError: absolute value too large", error(() -> Binary.abs(c(1e308, 1.7e308))));
        assertEquals("TypeError: unsupported operand type(s) for //: 'complex' and 'int'", error(() -> op(a, 2L, BinaryOp.FLOORDIV)));
        assertEquals("TypeError: unsupported operand type(s) for %: 'int' and 'complex'", error(() -> op(2L, a, BinaryOp.MOD)));
        assertEquals("TypeError: '<' not supported between instances of 'complex' and 'int'", error(() -> Compare.richCompare(a, 1L, CompareOp.LT)));
        assertEquals("TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'", error(() -> call(BuiltinTypes.INT, a)));
        assertEquals("TypeError: float() argument must be a string or a real number, not 'complex'", error(() -> call(BuiltinTypes.FLOAT, a)));
        assertEquals("ValueError: complex modulo", error(() -> b("pow", a, 2L, 3L)));
    }

    @Test
    void equalityAndHash() {
        assertEquals(true, Compare.eq(c(1L, 0L), 1L));
        assertEquals(true, Compare.eq(1L, c(1L, 0L)));
        assertEquals(true, Compare.eq(c(1L, 0L), 1.0));
        assertEquals(true, Compare.eq(c(1L, 0L), true));
        assertEquals(false, Compare.eq(c(1L, 1L), 1L));
        assertEquals(false, Compare.eq(c(1L, 1L), "a"));
        assertEquals(Hash.hash(1L), Hash.hash(c(1L, 0L)));
        assertEquals(Hash.hash(1.5), Hash.hash(c(1.5, 0L)));
        assertEquals(2000007L, Hash.hash(c(1L, 2L)));
        assertEquals(-2000006L, Hash.hash(c(-0.0, -1L)));
        assertEquals(1152921504606846977L, Hash.hash(c(1.5, -0.0)));
        PyDict d = new PyDict();
        d.setItem(1L, 2L);
        assertEquals(2L, d.getItem(c(1L, 0L)));
        assertEquals(true, b("isinstance", new PyComplex(0, 1), BuiltinTypes.COMPLEX));
    }

    @Test
    void powWithModulus() {
        assertEquals(3L, b("pow", 2L, 3L, 5L));
        String msg = "TypeError: pow() 3rd argument not allowed unless all arguments are integers";
        assertEquals(msg, error(() -> b("pow", 2.0, 3L, 5L)));
        assertEquals(msg, error(() -> b("pow", 2L, 3.0, 5L)));
        assertEquals(msg, error(() -> b("pow", 2L, 3L, 5.0)));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'int', 'str', 'int'", error(() -> b("pow", 2L, "a", 5L)));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'", error(() -> b("pow", "a", 2L, 5L)));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'", error(() -> b("pow", 2L, 3L, "x")));
    }
}
