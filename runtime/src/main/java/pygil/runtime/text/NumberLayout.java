package pygil.runtime.text;

import pygil.runtime.error.PyErrors;

/**
 * Padding, sign, prefix and digit grouping of a formatted number; mirrors CPython's
 * {@code calc_number_widths}, {@code fill_number} ({@code Python/formatter_unicode.c}) and
 * {@code _PyUnicode_InsertThousandsGrouping}. The output is
 * {@code <lpad><sign><prefix><spad><grouped digits><rest><rpad>}.
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param negative whether the number had a minus sign (already removed from {@code digits})
     * @param prefix {@code 0x}-style prefix, or ""
     * @param digits the integral digits, to be grouped (may be empty, e.g. for {@code inf})
     * @param rest what follows the integral digits (decimal point, fraction, exponent, {@code %})
     * @param sep grouping separator, 0 for none
     * @param groupSize 3, or 4 for {@code _} with b/o/x/X
     * @param fill fill code point, {@code align} one of {@code <>=^}, {@code width} -1 for none
     * @param signOpt the spec's sign option ({@code +}, {@code -}, space or 0)
     */
    static String layout(boolean negative, String prefix, String digits, String rest, char sep, int groupSize,
            int fill, char align, long width, char signOpt) {
        char sign = 0;
        if (negative) {
            sign = '-';
        } else if (signOpt == '+') {
            sign = '+';
        } else if (signOpt == ' ') {
            sign = ' ';
        }
        int nSign = sign == 0 ? 0 : 1;
        long nonDigit = nSign + prefix.length() + rest.length();
        long minWidth = fill == '0' && align == '=' ? width - nonDigit : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, sep, groupSize);
        long padding = width - (nonDigit + grouped.length());
        long lpad = 0;
        long spad = 0;
        long rpad = 0;
        if (padding > 0) {
            switch (align) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        if (width > Integer.MAX_VALUE - 64) {
            throw PyErrors.overflowError("formatted string is too long");
        }
        StringBuilder sb = new StringBuilder((int) Math.max(width, nonDigit + grouped.length()) + 2);
        repeat(sb, fill, lpad);
        if (sign != 0) {
            sb.append(sign);
        }
        sb.append(prefix);
        repeat(sb, fill, spad);
        sb.append(grouped).append(rest);
        repeat(sb, fill, rpad);
        return sb.toString();
    }

    /** Padding of a non-numeric text of {@code len} characters ({@code calc_padding}). */
    static String pad(String s, int len, int fill, char align, long width) {
        long total = width >= 0 && width > len ? width : len;
        long lpad = align == '>' ? total - len : align == '^' ? (total - len) / 2 : 0;
        long rpad = total - len - lpad;
        if (total > Integer.MAX_VALUE - 64) {
            throw PyErrors.overflowError("formatted string is too long");
        }
        StringBuilder sb = new StringBuilder((int) total + 2);
        repeat(sb, fill, lpad);
        sb.append(s);
        repeat(sb, fill, rpad);
        return sb.toString();
    }

    private static void repeat(StringBuilder sb, int cp, long n) {
        for (long k = 0; k < n; k++) {
            sb.appendCodePoint(cp);
        }
    }

    /**
     * Inserts separators every {@code groupSize} digits from the right, first left-padding with
     * zeros (which are grouped too) up to {@code minWidth} characters.
     */
    static String group(String digits, long minWidth, char sep, int groupSize) {
        int remaining = digits.length();
        if (sep == 0) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            StringBuilder sb = new StringBuilder();
            for (long k = remaining; k < len; k++) {
                sb.append('0');
            }
            return sb.append(digits).toString();
        }
        StringBuilder rev = new StringBuilder(digits.length() * 2);
        int pos = remaining;
        boolean useSep = false;
        while (true) {
            long len = Math.min(groupSize, Math.max(Math.max(remaining, minWidth), 1));
            long nZeros = Math.max(0, len - remaining);
            int nChars = (int) Math.max(0, Math.min(remaining, len));
            if (useSep) {
                rev.append(sep);
            }
            for (int k = 0; k < nChars; k++) {
                rev.append(digits.charAt(--pos));
            }
            for (long k = 0; k < nZeros; k++) {
                rev.append('0');
            }
            useSep = true;
            remaining -= nChars;
            minWidth -= len;
            if (remaining <= 0 && minWidth <= 0) {
                break;
            }
            minWidth -= 1;
        }
        return rev.reverse().toString();
    }
}
