package pygil.runtime.num;

import java.math.BigInteger;

import pygil.runtime.error.PyErrors;
import pygil.runtime.text.StrCase;
import pygil.runtime.text.StrRepr;

/**
 * {@code int(str, base)} and {@code float(str)}; mirrors CPython's {@code PyLong_FromUnicodeObject}
 * / {@code PyLong_FromString} and {@code PyFloat_FromString} /
 * {@code _Py_string_to_number_with_underscores} / {@code _PyOS_ascii_strtod}.
 *
 * <p>Like CPython, the text is first reduced to ASCII ({@code _PyUnicode_TransformDecimalAndSpaceToASCII}):
 * Unicode decimal digits (category Nd) become ASCII digits and Unicode whitespace becomes a space;
 * any other non-ASCII character makes the literal invalid. Leading and trailing ASCII whitespace
 * ({@code " \t\n\v\f\r"}) is ignored. Static, stateless and thread-safe.
 */
public final class NumberParser {
    private NumberParser() {}

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /**
     * {@code int(s, base)} with the default 4300-digit limit for non-power-of-two bases.
     *
     * @see #parseInt(String, int, int)
     */
    public static Object parseInt(String s, int base) {
        return parseInt(s, base, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@code int(s, base)}: optional whitespace, one sign, an optional {@code 0x}/{@code 0o}/{@code 0b}
     * prefix (base 0 infers the base from it; base 16/8/2 accept the matching one), digits with
     * single underscores between them (and one right after a prefix). Base 0 rejects nonzero
     * literals with leading zeros. Result is a Long or BigInteger. ValueError "invalid literal for
     * int() with base N: 'repr'" (repr truncated to 200 characters), "int() base must be >= 2 and
     * &lt;= 36, or 0", or the {@code int_max_str_digits} error when a base that is not a power of two
     * has more than {@code maxStrDigits} digits ({@code maxStrDigits <= 0} means no limit).
     */
    public static Object parseInt(String s, int base, int maxStrDigits) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyErrors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        char[] buf = toAscii(s);
        if (buf == null) {
            throw invalidInt(s, base);
        }
        int n = buf.length;
        int i = 0;
        while (i < n && isAsciiSpace(buf[i])) {
            i++;
        }
        boolean negative = false;
        if (i < n && (buf[i] == '+' || buf[i] == '-')) {
            negative = buf[i] == '-';
            i++;
        }
        int b = base;
        boolean errorIfNonzero = false;
        char c1 = i + 1 < n ? Character.toLowerCase(buf[i + 1]) : 0;
        if (b == 0) {
            if (i >= n || buf[i] != '0') {
                b = 10;
            } else if (c1 == 'x') {
                b = 16;
            } else if (c1 == 'o') {
                b = 8;
            } else if (c1 == 'b') {
                b = 2;
            } else {
                errorIfNonzero = true; // old C-style octal: only zero is allowed
                b = 10;
            }
        }
        if (i < n && buf[i] == '0' && ((b == 16 && c1 == 'x') || (b == 8 && c1 == 'o') || (b == 2 && c1 == 'b'))) {
            i += 2;
            if (i < n && buf[i] == '_') {
                i++;
            }
        }
        if (i < n && buf[i] == '_') {
            throw invalidInt(s, base);
        }
        StringBuilder digits = new StringBuilder(n - i + 1);
        if (negative) {
            digits.append('-');
        }
        int count = 0;
        boolean prevUnderscore = false;
        for (; i < n; i++) {
            char c = buf[i];
            if (c == '_') {
                if (prevUnderscore) {
                    throw invalidInt(s, base);
                }
                prevUnderscore = true;
                continue;
            }
            int d = Character.digit(c, 36);
            if (d < 0 || d >= b) {
                break;
            }
            prevUnderscore = false;
            digits.append(c);
            count++;
        }
        if (prevUnderscore || count == 0) {
            throw invalidInt(s, base);
        }
        if (maxStrDigits > 0 && count > maxStrDigits && Integer.bitCount(b) != 1) {
            throw PyErrors.valueError("Exceeds the limit (" + maxStrDigits
                    + " digits) for integer string conversion: value has " + count
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        while (i < n && isAsciiSpace(buf[i])) {
            i++;
        }
        if (i != n) {
            throw invalidInt(s, base);
        }
        Object value;
        if (count <= 12) { // 36**12 < 2**63
            value = Long.parseLong(digits.toString(), b);
        } else {
            value = IntMath.normalize(new BigInteger(digits.toString(), b));
        }
        if (errorIfNonzero && !IntMath.isZero(value)) {
            throw invalidInt(s, 0);
        }
        return value;
    }

    private static RuntimeException invalidInt(String s, int base) {
        String r = StrRepr.repr(s.length() > 1000 ? s.substring(0, 1000) : s);
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return PyErrors.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    /**
     * {@code float(s)}: optional whitespace and sign, then {@code inf}, {@code infinity} or
     * {@code nan} in any case, or a decimal literal ({@code digits[.digits][e[+-]digits]}, at
     * least one mantissa digit) in which single underscores may separate digits. Overflow gives an
     * infinity, underflow a zero; the conversion is correctly rounded. ValueError "could not
     * convert string to float: 'repr'".
     */
    public static double parseFloat(String s) {
        char[] buf = toAscii(s);
        if (buf == null) {
            throw invalidFloat(s);
        }
        int n = buf.length;
        if (s.indexOf('_') >= 0) {
            // Underscores are only allowed between two digits; then they are dropped.
            char[] out = new char[n];
            int k = 0;
            char prev = 0;
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (c == '_') {
                    if (!isDigit(prev)) {
                        throw invalidFloat(s);
                    }
                } else {
                    if (prev == '_' && !isDigit(c)) {
                        throw invalidFloat(s);
                    }
                    out[k++] = c;
                }
                prev = c;
            }
            if (prev == '_') {
                throw invalidFloat(s);
            }
            buf = out;
            n = k;
        }
        int start = 0;
        int end = n;
        while (start < end && isAsciiSpace(buf[start])) {
            start++;
        }
        while (end > start && isAsciiSpace(buf[end - 1])) {
            end--;
        }
        int i = start;
        boolean negative = false;
        if (i < end && (buf[i] == '+' || buf[i] == '-')) {
            negative = buf[i] == '-';
            i++;
        }
        String word = new String(buf, i, end - i);
        if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        } else if (word.equalsIgnoreCase("nan")) {
            return negative ? Double.longBitsToDouble(0xFFF8000000000000L) : Double.NaN;
        }
        int mantissaDigits = 0;
        while (i < end && isDigit(buf[i])) {
            i++;
            mantissaDigits++;
        }
        if (i < end && buf[i] == '.') {
            i++;
            while (i < end && isDigit(buf[i])) {
                i++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            throw invalidFloat(s);
        }
        if (i < end && (buf[i] == 'e' || buf[i] == 'E')) {
            i++;
            if (i < end && (buf[i] == '+' || buf[i] == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < end && isDigit(buf[i])) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                throw invalidFloat(s);
            }
        }
        if (i != end) {
            throw invalidFloat(s);
        }
        return Double.parseDouble(new String(buf, start, end - start));
    }

    private static RuntimeException invalidFloat(String s) {
        return PyErrors.valueError("could not convert string to float: " + StrRepr.repr(s));
    }

    /**
     * {@code _PyUnicode_TransformDecimalAndSpaceToASCII}: ASCII kept, Unicode whitespace to a
     * space, Unicode decimal digits to ASCII digits; null when another character occurs (such a
     * literal can never be valid). A NUL also makes it invalid.
     */
    static char[] toAscii(String s) {
        int n = s.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = s.charAt(i);
            plain = c != 0 && c < 127;
        }
        if (plain) {
            return s.toCharArray();
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0) {
                return null;
            } else if (cp < 127) {
                out.append((char) cp);
            } else if (StrCase.pyIsSpace(cp)) {
                out.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && Character.digit(cp, 10) >= 0) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                return null;
            }
        }
        char[] r = new char[out.length()];
        out.getChars(0, r.length, r, 0);
        return r;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
