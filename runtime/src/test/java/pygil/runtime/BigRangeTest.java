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
import pygil.runtime.object.PNone;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.Hash;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Truth;

/** {@code range} with bounds beyond 64 bits. Expected values are CPython 3.11's. */
class BigRangeTest {
    private static final BigInteger TWO64 = BigInteger.TWO.pow(64);
    private static final BigInteger TWO63 = BigInteger.TWO.pow(63);

    private static Object range(Object... args) {
        return call(BuiltinTypes.RANGE, args);
    }

    private static Object slice(Object start, Object stop, Object step) {
        return call(BuiltinTypes.SLICE, start, stop, step);
    }

    @Test
    void indexing() {
        Object r = range(TWO64);
        assertRepr("18446744073709551615", Items.getItem(r, -1L));
        assertRepr("9223372036854775808", Items.getItem(r, TWO63));
        assertRepr("0", Items.getItem(r, TWO64.negate()));
        assertEquals("IndexError: range object index out of range", error(() -> Items.getItem(r, TWO64)));
        assertEquals("IndexError: range object index out of range", error(() -> Items.getItem(r, BigInteger.TWO.pow(70).negate())));
        assertEquals("IndexError: range object index out of range", error(() -> Items.getItem(range(5L), TWO64)));
        assertRepr("100000000000000000003", Items.getItem(range(BigInteger.TEN.pow(20), BigInteger.TEN.pow(20).add(BigInteger.TEN), 3L), 1L));
        assertRepr("-18446744073709551615", Items.getItem(range(0L, TWO64.negate(), -1L), -1L));
        assertRepr("9223372036854775806", Items.getItem(range(Long.MAX_VALUE), -1L));
    }

    @Test
    void slicing() {
        Object r = range(TWO64);
        assertRepr("range(0, 18446744073709551616, 2)", Items.getItem(r, slice(PNone.NONE, PNone.NONE, 2L)));
        assertRepr("range(18446744073709551615, -1, -1)", Items.getItem(r, slice(PNone.NONE, PNone.NONE, -1L)));
        assertRepr("range(5, 10)", Items.getItem(r, slice(5L, 10L, PNone.NONE)));
        assertRepr("range(1, 9223372036854775808, 4611686018427387904)", Items.getItem(r, slice(1L, TWO63, BigInteger.TWO.pow(62))));
        assertRepr("range(0, 10, 18446744073709551616)", Items.getItem(range(10L), slice(PNone.NONE, PNone.NONE, TWO64)));
        assertRepr("range(10, 10)", Items.getItem(range(10L), slice(TWO64, PNone.NONE, PNone.NONE)));
        assertRepr("range(9, -1, -3)", Items.getItem(range(10L), slice(100L, -100L, -3L)));
        assertRepr("range(-1, 9, -3)", Items.getItem(range(10L), slice(-100L, 100L, -3L)));
        assertEquals("ValueError: slice step cannot be zero", error(() -> Items.getItem(range(10L), slice(PNone.NONE, PNone.NONE, 0L))));
    }

    @Test
    void lengthAndTruth() {
        assertEquals("OverflowError: Python int too large to convert to C ssize_t", error(() -> Items.len(range(TWO64))));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t", error(() -> Items.len(range(TWO63))));
        assertEquals("OverflowError: Python int too large to convert to C ssize_t", error(() -> Items.len(range(Long.MIN_VALUE, Long.MAX_VALUE))));
        assertEquals(Long.MAX_VALUE, Items.len(range(Long.MAX_VALUE)));
        assertEquals(5L, Items.len(range(BigInteger.TEN.pow(20), BigInteger.TEN.pow(20).add(BigInteger.valueOf(5)))));
        assertEquals(true, Truth.isTrue(range(TWO64)));
        assertEquals("ValueError: range() arg 3 must not be zero", error(() -> range(0L, TWO64, 0L)));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer", error(() -> range(1.5)));
    }

    @Test
    void membership() {
        Object r = range(TWO64);
        assertEquals(true, Compare.contains(r, TWO63));
        assertEquals(false, Compare.contains(r, TWO64));
        assertEquals(false, Compare.contains(r, -1L));
        assertEquals(true, Compare.contains(range(BigInteger.TWO.pow(71)), BigInteger.TWO.pow(70)));
        assertEquals(false, Compare.contains(range(0L, TWO64, BigInteger.TWO.pow(62)), BigInteger.TWO.pow(62).add(BigInteger.ONE)));
        assertEquals(true, Compare.contains(range(5L), 2.0));
        assertRepr("9223372036854775808", m(r, "index", TWO63));
        assertEquals(1L, m(r, "count", 5L));
        assertEquals(0L, m(r, "count", -5L));
        assertEquals("ValueError: -1 is not in range", error(() -> m(r, "index", -1L)));
        assertEquals(3L, m(range(10L), "index", 3.0));
        assertEquals("ValueError: sequence.index(x): x not in sequence", error(() -> m(range(10L), "index", "a")));
    }

    @Test
    void iterationEqualityHash() {
        assertRepr("[18446744073709551616, 18446744073709551617, 18446744073709551618]", Iter.toList(range(TWO64, TWO64.add(BigInteger.valueOf(3)))));
        assertRepr("[18446744073709551618, 18446744073709551617, 18446744073709551616]", Iter.toList(b("reversed", range(TWO64, TWO64.add(BigInteger.valueOf(3))))));
        assertRepr("[9223372036854775806, 9223372036854775807, 9223372036854775808]", Iter.toList(range(Long.MAX_VALUE - 1, TWO63.add(BigInteger.ONE))));
        assertRepr("[1, 9223372036854775809]", Iter.toList(range(1L, TWO64, TWO63)));
        assertEquals("longrange_iterator", BuiltinTypes.typeOf(Iter.getIter(range(TWO64))).getName());
        assertEquals(true, Compare.eq(range(TWO64), range(0L, TWO64)));
        assertEquals(Hash.hash(range(TWO64)), Hash.hash(range(0L, TWO64, 1L)));
        assertRepr("range(-18446744073709551616, 18446744073709551616, 9223372036854775808)", range(TWO64.negate(), TWO64, TWO63));
        assertRepr("18446744073709551616", m(range(TWO64), "__getattribute__", "stop"));
    }
}
