package pygil.parser;

import java.io.ByteArrayOutputStream;

import org.antlr.v4.runtime.Token;

/**
 * Splits a string token into prefix flags and body and decodes escape sequences, mirroring
 * CPython's {@code _PyPegen_parsestr} and {@code decode_unicode_with_escapes}. Decoding problems
 * are reported as {@link DecodeError}; the caller places them the way CPython does.
 */
final class StringLiterals {

    private StringLiterals() {}

    /** A decoding problem, already worded as CPython words it. */
    static final class DecodeError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The literal CPython places the error on, or null for "after the literals". */
        final transient Token at;

        DecodeError(String msg) {
            this(msg, null);
        }

        DecodeError(String msg, Token at) {
            super(msg, null, false, false);
            this.at = at;
        }
    }

    /** One string token taken apart. {@code body} is the raw source between the quotes. */
    record Piece(Token token, boolean bytes, boolean raw, boolean fstring, String body,
                 int bodyLine, int bodyCol) {}

    static Piece piece(Token t) {
        String text = t.getText();
        int i = 0;
        boolean bytes = false;
        boolean raw = false;
        boolean f = false;
        for (;; i++) {
            char c = text.charAt(i);
            if (c == 'b' || c == 'B') {
                bytes = true;
            } else if (c == 'r' || c == 'R') {
                raw = true;
            } else if (c == 'f' || c == 'F') {
                f = true;
            } else if (c != 'u' && c != 'U') {
                break;
            }
        }
        char q = text.charAt(i);
        int quoteLen = text.length() - i >= 6 && text.charAt(i + 1) == q && text.charAt(i + 2) == q ? 3 : 1;
        String body = text.substring(i + quoteLen, text.length() - quoteLen);
        return new Piece(t, bytes, raw, f, body, t.getLine(), t.getCharPositionInLine() + i + quoteLen);
    }

    /** The value of a plain (non-f) str literal body. */
    static String decodeStr(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) {
            return normalizeNewlines(body);
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && body.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            int start = i;
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i + 1 < n && body.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\', '\'', '"' -> sb.append(e);
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = 0;
                    int k = i;
                    while (k < n && k < i + 3 && body.charAt(k) >= '0' && body.charAt(k) <= '7') {
                        v = v * 8 + body.charAt(k) - '0';
                        k++;
                    }
                    sb.append((char) v);
                    i = k - 1;
                }
                case 'x' -> i = hexEscape(body, start, 2, "\\xXX", sb);
                case 'u' -> i = hexEscape(body, start, 4, "\\uXXXX", sb);
                case 'U' -> i = hexEscape(body, start, 8, "\\UXXXXXXXX", sb);
                case 'N' -> i = namedEscape(body, start, sb);
                default -> sb.append('\\').append(e);
            }
        }
        return sb.toString();
    }

    private static int hexEscape(String body, int start, int digits, String form, StringBuilder sb) {
        int v = 0;
        int k = start + 2;
        int end = start + 2 + digits;
        for (; k < end && k < body.length() && Character.digit(body.charAt(k), 16) >= 0; k++) {
            v = v * 16 + Character.digit(body.charAt(k), 16);
        }
        if (k < end) {
            throw unicodeError(start, k - 1, "truncated " + form + " escape");
        }
        if (v > 0x10FFFF || v < 0) {
            throw unicodeError(start, k - 1, "illegal Unicode character");
        }
        sb.appendCodePoint(v);
        return k - 1;
    }

    private static int namedEscape(String body, int start, StringBuilder sb) {
        int open = start + 2;
        int close = open < body.length() && body.charAt(open) == '{' ? body.indexOf('}', open) : -1;
        if (close < 0) {
            throw unicodeError(start, Math.min(body.length() - 1, start + 1), "malformed \\N character escape");
        }
        int cp;
        try {
            cp = Character.codePointOf(body.substring(open + 1, close));
        } catch (IllegalArgumentException ex) {
            throw unicodeError(start, close, "unknown Unicode character name");
        }
        sb.appendCodePoint(cp);
        return close;
    }

    private static DecodeError unicodeError(int from, int to, String what) {
        return new DecodeError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + from + "-" + to + ": " + what);
    }

    /** The value of a bytes literal body. */
    static byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= 128) {
                throw new DecodeError("bytes can only contain ASCII literal characters");
            }
            if (c == '\r') {
                out.write('\n');
                if (i + 1 < n && body.charAt(i + 1) == '\n') {
                    i++;
                }
                continue;
            }
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            int start = i;
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\r' -> {
                    if (i + 1 < n && body.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = 0;
                    int k = i;
                    while (k < n && k < i + 3 && body.charAt(k) >= '0' && body.charAt(k) <= '7') {
                        v = v * 8 + body.charAt(k) - '0';
                        k++;
                    }
                    out.write(v & 0xFF);
                    i = k - 1;
                }
                case 'x' -> {
                    int d1 = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    int d2 = i + 2 < n ? Character.digit(body.charAt(i + 2), 16) : -1;
                    if (d1 < 0 || d2 < 0) {
                        throw new DecodeError("(value error) invalid \\x escape at position " + start);
                    }
                    out.write(d1 * 16 + d2);
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }

    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
