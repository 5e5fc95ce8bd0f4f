package pygil.runtime.text;

import java.io.ByteArrayOutputStream;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;

/**
 * {@code str.encode} and {@code bytes.decode} for the built-in codecs UTF-8, ASCII and Latin-1;
 * mirrors CPython's {@code unicode_encode_utf8}, {@code unicode_encode_ucs1},
 * {@code unicode_decode_utf8} / {@code stringlib utf8_decode}, {@code PyUnicode_DecodeASCII} and
 * {@code PyUnicode_DecodeLatin1} with the error handlers of {@code Python/codecs.c}.
 *
 * <p>Encodings are looked up by normalized name with the usual aliases ({@code utf8}, {@code U8},
 * {@code latin1}, {@code iso-8859-1}, {@code l1}, {@code us-ascii}, {@code 646}, ...); others raise
 * LookupError "unknown encoding: X". Error handlers: {@code strict}, {@code ignore},
 * {@code replace}, {@code backslashreplace}, {@code xmlcharrefreplace} (encoding),
 * {@code surrogateescape}, {@code surrogatepass} (UTF-8); {@code namereplace} and registered
 * handlers are not supported (LookupError "unknown error handler name 'X'" when an error occurs).
 * Errors carry CPython's messages ({@code 'ascii' codec can't encode character '\xe9' in position
 * 0: ordinal not in range(128)}); positions are code point indices. Static and thread-safe.
 */
public final class StrCodecs {
    private StrCodecs() {}

    /** Canonical codec names, as they appear in error messages. */
    public static final String UTF_8 = "utf-8";
    public static final String ASCII = "ascii";
    public static final String LATIN_1 = "latin-1";

    /** The canonical name ({@link #UTF_8}, {@link #ASCII}, {@link #LATIN_1}) of a codec name; LookupError otherwise. */
    public static String lookup(String encoding) {
        StringBuilder sb = new StringBuilder(encoding.length());
        boolean punct = false;
        for (int i = 0; i < encoding.length(); i++) {
            char c = Character.toLowerCase(encoding.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
                if (punct && sb.length() > 0) {
                    sb.append('_');
                }
                punct = false;
                sb.append(c);
            } else {
                punct = true;
            }
        }
        switch (sb.toString()) {
            case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
                return UTF_8;
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
                    "iso_8859_1_1987", "csisolatin1", "ibm819":
                return LATIN_1;
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                    "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
                return ASCII;
            default:
                throw PyErrors.lookupError("unknown encoding: " + encoding);
        }
    }

    // ---------------------------------------------------------------- encoding

    /** {@code s.encode(encoding, errors)}; a null errors means {@code strict}. */
    public static byte[] encode(String s, String encoding, String errors) {
        String codec = lookup(encoding);
        String handler = errors == null ? "strict" : errors;
        int limit = codec == UTF_8 ? Integer.MAX_VALUE : codec == ASCII ? 0x80 : 0x100;
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int n = s.length();
        int pos = 0; // code point index of i
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            boolean bad = codec == UTF_8 ? Character.isSurrogate((char) cp) && cp <= 0xFFFF : cp >= limit;
            if (!bad) {
                putChar(out, codec, cp);
                i += Character.charCount(cp);
                pos++;
                continue;
            }
            // Collect the run of unencodable characters [i, j) = positions [pos, endPos).
            int j = i;
            int endPos = pos;
            while (j < n) {
                int c = s.codePointAt(j);
                boolean b = codec == UTF_8 ? Character.isSurrogate((char) c) && c <= 0xFFFF : c >= limit;
                if (!b) {
                    break;
                }
                j += Character.charCount(c);
                endPos++;
            }
            String reason = codec == UTF_8 ? "surrogates not allowed" : codec == ASCII
                    ? "ordinal not in range(128)" : "ordinal not in range(256)";
            encodeError(handler, codec, s, i, j, pos, endPos, reason, out);
            i = j;
            pos = endPos;
        }
        return out.toByteArray();
    }

    private static void putChar(ByteArrayOutputStream out, String codec, int cp) {
        if (codec != UTF_8 || cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    private static void encodeError(String handler, String codec, String s, int from, int to, int pos, int endPos,
            String reason, ByteArrayOutputStream out) {
        switch (handler) {
            case "strict" -> throw encodeException(codec, s, from, pos, endPos, reason);
            case "ignore" -> { }
            case "replace" -> {
                for (int k = pos; k < endPos; k++) {
                    out.write('?');
                }
            }
            case "backslashreplace", "xmlcharrefreplace" -> {
                StringBuilder sb = new StringBuilder();
                for (int i = from; i < to; ) {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    if (handler.equals("backslashreplace")) {
                        StrRepr.escape(sb, cp);
                    } else {
                        sb.append("&#").append(cp).append(';');
                    }
                }
                for (int k = 0; k < sb.length(); k++) {
                    out.write(sb.charAt(k));
                }
            }
            case "surrogateescape" -> {
                int p = pos;
                for (int i = from; i < to; i++, p++) {
                    char c = s.charAt(i);
                    if (c < 0xDC80 || c > 0xDCFF) {
                        throw encodeException(codec, s, i, p, endPos, reason);
                    }
                    out.write(c - 0xDC00);
                }
            }
            case "surrogatepass" -> {
                if (codec != UTF_8) {
                    throw encodeException(codec, s, from, pos, endPos, reason);
                }
                for (int i = from; i < to; i++) {
                    char c = s.charAt(i);
                    out.write(0xE0 | (c >> 12));
                    out.write(0x80 | ((c >> 6) & 0x3F));
                    out.write(0x80 | (c & 0x3F));
                }
            }
            default -> throw PyErrors.lookupError("unknown error handler name '" + handler + "'");
        }
    }

    private static RuntimeException encodeException(String codec, String s, int charIndex, int start, int end,
            String reason) {
        String msg;
        if (end - start == 1) {
            StringBuilder sb = new StringBuilder();
            int cp = s.codePointAt(charIndex);
            if (cp <= 0xFF) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
            msg = "'" + codec + "' codec can't encode character '" + sb + "' in position " + start + ": " + reason;
        } else {
            msg = "'" + codec + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": "
                    + reason;
        }
        return PyErrors.raise(ExceptionTypes.UNICODE_ENCODE_ERROR, msg);
    }

    // ---------------------------------------------------------------- decoding

    /** {@code b.decode(encoding, errors)}; a null errors means {@code strict}. */
    public static String decode(byte[] b, String encoding, String errors) {
        return decode(b, 0, b.length, encoding, errors);
    }

    /** Decodes {@code b[from:to]}. */
    public static String decode(byte[] b, int from, int to, String encoding, String errors) {
        String codec = lookup(encoding);
        String handler = errors == null ? "strict" : errors;
        StringBuilder sb = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80 || codec == LATIN_1) {
                sb.append((char) c);
                i++;
                continue;
            }
            if (codec == ASCII) {
                decodeError(handler, codec, b, from, i, i + 1, "ordinal not in range(128)", sb);
                i++;
                continue;
            }
            int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            int bad = utf8Check(b, i, to, c);
            if (bad == 0) {
                int cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
                for (int k = 1; k < len; k++) {
                    cp = (cp << 6) | (b[i + k] & 0x3F);
                }
                sb.appendCodePoint(cp);
                i += len;
                continue;
            }
            int end;
            String reason;
            if (bad == -1) {
                end = to;
                reason = "unexpected end of data";
            } else if (bad == 1) {
                end = i + 1;
                reason = "invalid start byte";
            } else {
                end = i + bad - 1;
                reason = "invalid continuation byte";
            }
            if (handler.equals("surrogatepass") && c == 0xED && i + 2 < to && (b[i + 1] & 0xE0) == 0xA0
                    && (b[i + 2] & 0xC0) == 0x80) {
                sb.append((char) (0xD000 | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)));
                i += 3;
                continue;
            }
            decodeError(handler, codec, b, from, i, end, reason, sb);
            i = end;
        }
        return sb.toString();
    }

    /**
     * Validates the UTF-8 sequence at {@code b[i]} (lead byte {@code c >= 0x80}) as
     * {@code stringlib utf8_decode}: 0 when valid, 1 for an invalid start byte, k+1 when the k-th
     * byte after the lead is an invalid continuation, -1 for a sequence truncated by the end.
     */
    private static int utf8Check(byte[] b, int i, int to, int c) {
        if (c < 0xC2 || c >= 0xF5) {
            return 1;
        }
        int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        for (int k = 1; k < len; k++) {
            if (i + k >= to) {
                return -1;
            }
            int ck = b[i + k] & 0xFF;
            boolean ok = (ck & 0xC0) == 0x80;
            if (ok && k == 1) {
                ok = switch (c) {
                    case 0xE0 -> ck >= 0xA0;
                    case 0xED -> ck < 0xA0;
                    case 0xF0 -> ck >= 0x90;
                    case 0xF4 -> ck < 0x90;
                    default -> true;
                };
            }
            if (!ok) {
                return k + 1;
            }
        }
        return 0;
    }

    private static void decodeError(String handler, String codec, byte[] b, int base, int start, int end,
            String reason, StringBuilder sb) {
        switch (handler) {
            case "strict", "surrogatepass" -> {
                String msg = end - start == 1
                        ? String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", codec,
                                b[start] & 0xFF, start - base, reason)
                        : String.format("'%s' codec can't decode bytes in position %d-%d: %s", codec, start - base,
                                end - 1 - base, reason);
                throw PyErrors.raise(ExceptionTypes.UNICODE_DECODE_ERROR, msg);
            }
            case "ignore" -> { }
            case "replace" -> sb.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xFF));
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xDC00 | (b[k] & 0xFF)));
                }
            }
            default -> throw PyErrors.lookupError("unknown error handler name '" + handler + "'");
        }
    }
}
