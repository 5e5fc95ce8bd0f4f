package pygil.parser;

import java.math.BigInteger;

/**
 * The value of a number token that the lexer has already checked (CPython's
 * {@code parsenumber}): int as {@link Long} or, when too large, {@link BigInteger}; float as
 * {@link Double}. Imaginary literals have no representation here and return null.
 */
final class NumberLiterals {

    private NumberLiterals() {}

    static Object parse(String text) {
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        char last = s.charAt(s.length() - 1);
        if (last == 'j' || last == 'J') {
            return null;
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char k = s.charAt(1);
            int radix = switch (k) {
                case 'x', 'X' -> 16;
                case 'o', 'O' -> 8;
                case 'b', 'B' -> 2;
                default -> 0;
            };
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
}
