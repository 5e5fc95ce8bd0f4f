package pygil.runtime.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import pygil.runtime.error.PyException;

/** Hand-written examples (values checked with CPython 3.11) documenting the text API. */
class TextExamplesTest {

    @Test
    void reprs() {
        assertEquals("'abc'", StrRepr.repr("abc"));
        assertEquals("\"it's\"", StrRepr.repr("it's"));
        assertEquals("'\\'\"'", StrRepr.repr("'\""));
        assertEquals("'a\\nb\\t\\x00\\x7f\\x85é中'", StrRepr.repr("a\nb\t\0\u007f\u0085é中"));
        assertEquals("'\\u200b\\U000e0001\\ud800'", StrRepr.repr("\u200b\uDB40\uDC01\uD800"));
        assertEquals("'\\xe9\\u4e2d\\U0001f600'", StrRepr.ascii("é中\uD83D\uDE00"));
        assertEquals("b\"\\x00'\\\\\\xff\"", StrRepr.bytesRepr(new byte[] {0, '\'', '\\', (byte) 0xFF}));
        assertEquals("[\\xe9]", StrRepr.escapeNonAscii("[é]"));
    }

    @Test
    void methods() {
        assertArrayEquals(new String[] {"a", "b", "c"}, StrMethods.split("  a b  c ", null, -1));
        assertArrayEquals(new String[] {"a", "b  c "}, StrMethods.split("  a b  c ", null, 1));
        assertArrayEquals(new String[] {"  a b", "c"}, StrMethods.rsplit("  a b  c ", null, 1));
        assertArrayEquals(new String[] {"a", "", "b"}, StrMethods.split("a,,b", ",", -1));
        assertArrayEquals(new String[] {"a", "b"}, StrMethods.splitlines("a\r\nb\n", false));
        assertEquals("xy", StrMethods.strip("  xy\u3000", null));
        assertEquals("-a-b-", StrMethods.replace("ab", "", "-", -1));
        assertEquals("They'Re Bill'S", StrCase.title("they're bill's"));
        assertEquals("SS", StrCase.upper("ß"));
        assertEquals("ος", StrCase.lower("ΟΣ"));
        assertEquals("ss", StrCase.casefold("ß"));
        assertEquals("**ab*", StrMethods.center("ab", 5, "*"));
        assertEquals("-0042", StrMethods.zfill("-42", 5));
        assertEquals(1, StrSearch.find("a\uD83D\uDE00b", "\uD83D\uDE00", 0, StrSearch.END));
        assertEquals(2, StrSearch.find("a\uD83D\uDE00b", "b", 0, StrSearch.END), "indices count code points");
        assertEquals(4, StrSearch.count("abc", "", 0, StrSearch.END));
        assertTrue(StrSearch.startswith("abc", new String[] {"x", "ab"}, 0, StrSearch.END));
        assertEquals(3, StrSearch.length("a\uD83D\uDE00b"));
        PyException e = assertThrows(PyException.class, () -> StrSearch.index("abc", "z", 0, StrSearch.END));
        assertEquals("ValueError: substring not found", e.getMessage());
        e = assertThrows(PyException.class, () -> StrMethods.split("a", "", -1));
        assertEquals("ValueError: empty separator", e.getMessage());
        assertTrue(StrCase.pyIsSpace(0x1F));
        assertFalse(StrCase.pyIsSpace(0x200B));
    }

    @Test
    void codecs() {
        assertEquals(StrCodecs.UTF_8, StrCodecs.lookup("UTF8"));
        assertEquals(StrCodecs.LATIN_1, StrCodecs.lookup("ISO-8859-1"));
        assertEquals(StrCodecs.ASCII, StrCodecs.lookup("US_ASCII"));
        PyException e = assertThrows(PyException.class, () -> StrCodecs.lookup("ebcdic-xx"));
        assertEquals("LookupError: unknown encoding: ebcdic-xx", e.getMessage());
        e = assertThrows(PyException.class, () -> StrCodecs.encode("caf\u00e9", "ascii", null));
        assertEquals("UnicodeEncodeError", e.typeName());
        assertEquals("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 3: "
                + "ordinal not in range(128)", e.getMessage());
        e = assertThrows(PyException.class, () -> StrCodecs.decode(new byte[] {(byte) 0xFF}, "utf-8", null));
        assertEquals("UnicodeDecodeError", e.typeName());
        assertEquals("\uDCFF", StrCodecs.decode(new byte[] {(byte) 0xFF}, "utf-8", "surrogateescape"));
        assertArrayEquals(new byte[] {(byte) 0xFF}, StrCodecs.encode("\uDCFF", "utf-8", "surrogateescape"));
    }

    @Test
    void slices() {
        assertArrayEquals(new long[] {4, -1, -1, 5}, Slices.indices(null, null, -1L, 5));
        assertArrayEquals(new long[] {1, 5, 2, 2}, Slices.indices(1L, 100L, 2L, 5));
        assertArrayEquals(new long[] {2, 1, 1, 0}, Slices.adjustIndices(-3, 1, 1, 5));
        PyException e = assertThrows(PyException.class, () -> Slices.indices(null, null, 0L, 5));
        assertEquals("ValueError: slice step cannot be zero", e.getMessage());
        assertEquals(4, Slices.normalizeIndex(-1, 5));
        assertEquals(-1, Slices.normalizeIndex(5, 5));
        assertEquals(-1, Slices.normalizeIndex(-6, 5));
        e = assertThrows(PyException.class, () -> Slices.checkIndex(7, 3, "list"));
        assertEquals("IndexError: list index out of range", e.getMessage());
        assertEquals(Long.MAX_VALUE, Slices.clamp(BigInteger.TEN.pow(30)));
        assertEquals(Long.MIN_VALUE, Slices.clamp(BigInteger.TEN.pow(30).negate()));
        assertEquals(1, Slices.clamp(true));
    }

    @Test
    void doubleFormat() {
        assertEquals("1.23e+05", DoubleFormat.format(123456.0, 'g', 3, 0));
        assertEquals("+0.12", DoubleFormat.format(0.125, 'f', 2, DoubleFormat.SIGN));
        assertEquals("2.", DoubleFormat.format(2.5, 'f', 0, DoubleFormat.ALT));
        assertEquals("0.0", DoubleFormat.format(-0.0, 'r', 0, DoubleFormat.ADD_DOT_0 | DoubleFormat.NO_NEG_0));
        assertEquals("-INF", DoubleFormat.format(Double.NEGATIVE_INFINITY, 'F', 6, 0));
    }
}
