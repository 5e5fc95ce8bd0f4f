package pygil.runtime.text;

/**
 * {@code repr()} and {@code ascii()} of str and bytes; mirrors CPython's {@code unicode_repr},
 * {@code PyObject_ASCII} (repr + {@code backslashreplace}) and {@code PyBytes_Repr}.
 *
 * <p>The quote is {@code '} unless the text contains {@code '} and no {@code "}. Backslash and
 * the quote are escaped, {@code \t \n \r} use their short escapes, other non-printable characters
 * use {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh}; printable non-ASCII characters are kept.
 * "Printable" follows {@link #isPrintable(int)}. Static and thread-safe.
 */
public final class StrRepr {
    private StrRepr() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * Python's {@code str.isprintable} for one character ({@code Py_UNICODE_ISPRINTABLE}): false
     * for the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space. Categories come
     * from {@link Character#getType(int)}, i.e. the JDK's Unicode version, which is newer than
     * CPython 3.11's 14.0 (characters assigned since then are printable here, not in CPython).
     */
    public static boolean isPrintable(int cp) {
        if (cp < 0x7F) {
            return cp >= 0x20;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code repr(s)} for a str. */
    public static String repr(String s) {
        return quote(s, false);
    }

    /** {@code ascii(s)} for a str: its repr with non-ASCII characters escaped too. */
    public static String ascii(String s) {
        return quote(s, true);
    }

    private static String quote(String s, boolean asciiOnly) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(q);
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == q || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x7F) {
                if (cp < ' ') {
                    hex(sb, 'x', cp, 2);
                } else {
                    sb.append((char) cp);
                }
            } else if (!asciiOnly && isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else {
                escape(sb, cp);
            }
        }
        return sb.append(q).toString();
    }

    /**
     * The {@code backslashreplace} of every non-ASCII character of {@code s} (used by
     * {@code ascii(obj)} on an arbitrary object's repr: {@code PyObject_ASCII}).
     */
    public static String escapeNonAscii(String s) {
        StringBuilder sb = null;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                escape(sb, cp);
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i = next;
        }
        return sb == null ? s : sb.toString();
    }

    /** Appends {@code \xhh}, {@code \\uhhhh} or {@code \Uhhhhhhhh} for {@code cp}. */
    static void escape(StringBuilder sb, int cp) {
        if (cp <= 0xFF) {
            hex(sb, 'x', cp, 2);
        } else if (cp <= 0xFFFF) {
            hex(sb, 'u', cp, 4);
        } else {
            hex(sb, 'U', cp, 8);
        }
    }

    private static void hex(StringBuilder sb, char kind, int v, int width) {
        sb.append('\\').append(kind);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(v >>> shift) & 0xF]);
        }
    }

    /** {@code repr(b)} for bytes: {@code b'...'} with non-ASCII and control bytes as {@code \xhh}. */
    public static String bytesRepr(byte[] b) {
        return bytesRepr(b, 0, b.length);
    }

    /** {@code repr()} of {@code b[from:to]} as bytes. */
    public static String bytesRepr(byte[] b, int from, int to) {
        boolean single = false;
        boolean dbl = false;
        for (int i = from; i < to; i++) {
            single |= b[i] == '\'';
            dbl |= b[i] == '"';
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(to - from + 3);
        sb.append('b').append(q);
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c == q || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7F) {
                hex(sb, 'x', c, 2);
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(q).toString();
    }
}
