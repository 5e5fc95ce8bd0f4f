package pygil.runtime.text;

import java.math.BigInteger;

import pygil.runtime.error.PyErrors;
import pygil.runtime.num.FloatMath;
import pygil.runtime.num.IntMath;

/**
 * printf-style formatting, {@code fmt % args}; mirrors CPython's {@code PyUnicode_Format} and its
 * helpers ({@code unicode_format_arg_parse}, {@code unicode_format_arg_format},
 * {@code unicode_format_arg_output}, {@code mainformatlong}, {@code _PyUnicode_FormatLong},
 * {@code formatfloat}, {@code formatchar}).
 *
 * <p>Conversions {@code %s %r %a %d %i %u %x %X %o %e %E %f %F %g %G %c %%}, flags
 * {@code - + space # 0}, width and precision (also {@code *}), the ignored length modifiers
 * {@code h l L}, and mapping keys {@code %(name)s}. The object model is reached through a
 * {@link Host}. Static, stateless and thread-safe (as far as the host is).
 */
public final class PercentFormat {
    private PercentFormat() {}

    /**
     * The operations on Python objects that {@code %} formatting needs. The defaults handle the
     * plain Java representations (Long/BigInteger/Boolean ints, Double floats, String strs).
     */
    public interface Host {
        /** The items if {@code args} is a tuple (a subclass included), else null. */
        Object[] tupleItems(Object args);

        /** {@code PyMapping_Check(args)} for a non-tuple, non-str {@code args} (enables {@code %(key)}). */
        boolean isMapping(Object args);

        /** {@code mapping[key]}. */
        Object getItem(Object mapping, String key);

        /** {@code str(o)}. */
        String str(Object o);

        /** {@code repr(o)}. */
        String repr(Object o);

        /** {@code ascii(o)}: by default {@code repr(o)} with non-ASCII characters escaped. */
        default String ascii(Object o) {
            return StrRepr.escapeNonAscii(repr(o));
        }

        /** {@code type(o).__name__}, for messages. */
        default String typeName(Object o) {
            if (o instanceof Boolean) {
                return "bool";
            } else if (IntMath.isInt(o)) {
                return "int";
            } else if (o instanceof Double) {
                return "float";
            } else if (o instanceof String) {
                return "str";
            }
            return o == null ? "NoneType" : o.getClass().getSimpleName();
        }

        /** The int value of {@code o} if it is an int (subclasses included), else null ({@code PyLong_Check}). */
        default Object intValue(Object o) {
            return IntMath.isInt(o) ? o : null;
        }

        /** {@code int(o)} for a number (used by {@code %d %i %u}); null when {@code o} is not a number. */
        default Object toInt(Object o) {
            if (o instanceof Double d) {
                return FloatMath.trunc(d);
            }
            return intValue(o);
        }

        /** {@code operator.index(o)} (used by {@code %x %X %o %c}); null when {@code o} has no {@code __index__}. */
        default Object toIndex(Object o) {
            return intValue(o);
        }

        /** {@code float(o)} for a real number (used by {@code %e %f %g}); null when {@code o} is not one. */
        default Double toFloat(Object o) {
            if (o instanceof Double d) {
                return d;
            }
            Object i = intValue(o);
            return i == null ? null : IntMath.toDouble(i);
        }

        /** The text if {@code o} is a str (subclasses included), else null. */
        default String strValue(Object o) {
            return o instanceof String s ? s : null;
        }
    }

    private static final int F_LJUST = 1;
    private static final int F_SIGN = 2;
    private static final int F_BLANK = 4;
    private static final int F_ALT = 8;
    private static final int F_ZERO = 16;

    /** Argument cursor ({@code unicode_formatter_t}). */
    private static final class Ctx {
        final Host host;
        final Object mapping;
        Object args;
        Object[] items;
        int argidx;
        int arglen;

        Ctx(Host host, Object args) {
            this.host = host;
            this.args = args;
            this.items = host.tupleItems(args);
            if (items != null) {
                arglen = items.length;
                argidx = 0;
            } else {
                arglen = -1;
                argidx = -2;
            }
            this.mapping = items == null && !(args instanceof String) && host.isMapping(args) ? args : null;
        }

        Object next() {
            if (argidx < arglen) {
                int i = argidx++;
                return arglen < 0 ? args : items[i];
            }
            throw PyErrors.typeError("not enough arguments for format string");
        }
    }

    /** {@code fmt % args}. */
    public static String format(String fmt, Object args, Host host) {
        Ctx ctx = new Ctx(host, args);
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int pos = 0;
        while (pos < n) {
            int pct = fmt.indexOf('%', pos);
            if (pct < 0) {
                out.append(fmt, pos, n);
                break;
            }
            out.append(fmt, pos, pct);
            pos = formatArg(fmt, pct + 1, ctx, out);
        }
        if (ctx.argidx < ctx.arglen && ctx.mapping == null) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** Formats the directive starting after the {@code %} at {@code pos}; returns the position after it. */
    private static int formatArg(String fmt, int pos, Ctx ctx, StringBuilder out) {
        int n = fmt.length();
        if (pos < n && fmt.charAt(pos) == '%') {
            out.append('%');
            return pos + 1;
        }
        if (pos < n && fmt.charAt(pos) == '(') {
            if (ctx.mapping == null) {
                throw PyErrors.typeError("format requires a mapping");
            }
            int depth = 1;
            int keyStart = ++pos;
            while (depth > 0 && pos < n) {
                char c = fmt.charAt(pos++);
                if (c == ')') {
                    depth--;
                } else if (c == '(') {
                    depth++;
                }
            }
            if (depth > 0) {
                throw PyErrors.valueError("incomplete format key");
            }
            ctx.args = ctx.host.getItem(ctx.mapping, fmt.substring(keyStart, pos - 1));
            ctx.items = null;
            ctx.arglen = -1;
            ctx.argidx = -2;
        }
        int flags = 0;
        int ch = -1;
        while (pos < n) {
            ch = fmt.charAt(pos++);
            int f = switch (ch) {
                case '-' -> F_LJUST;
                case '+' -> F_SIGN;
                case ' ' -> F_BLANK;
                case '#' -> F_ALT;
                case '0' -> F_ZERO;
                default -> 0;
            };
            if (f == 0) {
                break;
            }
            flags |= f;
            ch = -1;
        }
        long width = -1;
        if (ch == '*') {
            Object v = ctx.host.intValue(ctx.next());
            if (v == null) {
                throw PyErrors.typeError("* wants int");
            }
            width = asSsize(v);
            if (width < 0) {
                flags |= F_LJUST;
                width = -width;
            }
            ch = pos < n ? fmt.charAt(pos++) : -1;
        } else if (ch >= '0' && ch <= '9') {
            width = ch - '0';
            ch = -1;
            while (pos < n) {
                ch = fmt.charAt(pos++);
                if (ch < '0' || ch > '9') {
                    break;
                }
                if (width > (Long.MAX_VALUE - (ch - '0')) / 10) {
                    throw PyErrors.valueError("width too big");
                }
                width = width * 10 + (ch - '0');
                ch = -1;
            }
        }
        int prec = -1;
        if (ch == '.') {
            prec = 0;
            ch = pos < n ? fmt.charAt(pos++) : -1;
            if (ch == '*') {
                Object v = ctx.host.intValue(ctx.next());
                if (v == null) {
                    throw PyErrors.typeError("* wants int");
                }
                BigInteger b = IntMath.big(v);
                if (b.bitLength() > 31) {
                    throw PyErrors.overflowError("Python int too large to convert to C int");
                }
                prec = Math.max(0, b.intValue());
                ch = pos < n ? fmt.charAt(pos++) : -1;
            } else if (ch >= '0' && ch <= '9') {
                prec = ch - '0';
                ch = -1;
                while (pos < n) {
                    ch = fmt.charAt(pos++);
                    if (ch < '0' || ch > '9') {
                        break;
                    }
                    if (prec > (Integer.MAX_VALUE - (ch - '0')) / 10) {
                        throw PyErrors.valueError("precision too big");
                    }
                    prec = prec * 10 + (ch - '0');
                    ch = -1;
                }
            }
        }
        if (ch == 'h' || ch == 'l' || ch == 'L') {
            ch = pos < n ? fmt.charAt(pos++) : -1;
        }
        if (ch < 0) {
            throw PyErrors.valueError("incomplete format");
        }
        Object v = ctx.next();
        String body;
        boolean numeric = false;
        switch (ch) {
            case 's' -> body = ctx.host.str(v);
            case 'r' -> body = ctx.host.repr(v);
            case 'a' -> body = ctx.host.ascii(v);
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                body = formatLong(ctx.host, v, (char) ch, (flags & F_ALT) != 0, prec);
                numeric = true;
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                Double d = ctx.host.toFloat(v);
                if (d == null) {
                    throw PyErrors.typeError("must be real number, not " + ctx.host.typeName(v));
                }
                int dflags = (flags & F_ALT) != 0 ? DoubleFormat.ALT : 0;
                body = DoubleFormat.format(d, (char) ch, prec < 0 ? 6 : prec, dflags);
                numeric = true;
            }
            case 'c' -> body = Character.toString(formatChar(ctx.host, v));
            default -> {
                char shown = ch >= 31 && ch <= 126 ? (char) ch : '?';
                throw PyErrors.valueError("unsupported format character '" + shown + "' (0x"
                        + Integer.toHexString(ch) + ") at index " + (pos - 1));
            }
        }
        output(out, body, (char) ch, flags, width, prec, numeric);
        if (ctx.mapping != null && ctx.argidx < ctx.arglen) {
            throw PyErrors.typeError("not all arguments converted during string formatting");
        }
        return pos;
    }

    private static long asSsize(Object v) {
        BigInteger b = IntMath.big(v);
        if (b.bitLength() > 63) {
            throw PyErrors.overflowError("Python int too large to convert to C ssize_t");
        }
        return b.longValue();
    }

    /** {@code mainformatlong} + {@code _PyUnicode_FormatLong}: {@code [-][0x]<zeros><digits>}. */
    private static String formatLong(Host host, Object v, char type, boolean alt, int prec) {
        Object iv = host.intValue(v);
        if (iv == null) {
            iv = type == 'o' || type == 'x' || type == 'X' ? host.toIndex(v) : host.toInt(v);
        }
        if (iv == null) {
            String what = type == 'o' || type == 'x' || type == 'X' ? "an integer" : "a real number";
            throw PyErrors.typeError("%" + type + " format: " + what + " is required, not " + host.typeName(v));
        }
        BigInteger b = IntMath.big(iv);
        int base = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = b.abs().toString(base);
        StringBuilder sb = new StringBuilder(digits.length() + 4);
        if (b.signum() < 0) {
            sb.append('-');
        }
        if (alt && base != 10) {
            sb.append('0').append(type == 'o' ? 'o' : 'x');
        }
        for (int k = digits.length(); k < prec; k++) {
            sb.append('0');
        }
        sb.append(digits);
        String r = sb.toString();
        return type == 'X' ? r.toUpperCase() : r;
    }

    /** {@code formatchar}: a one-character str or an int code point. */
    private static int formatChar(Host host, Object v) {
        String s = host.strValue(v);
        if (s != null) {
            if (!s.isEmpty() && s.length() == Character.charCount(s.codePointAt(0))) {
                return s.codePointAt(0);
            }
            throw PyErrors.typeError("%c requires int or char");
        }
        Object iv = host.toIndex(v);
        if (iv == null) {
            throw PyErrors.typeError("%c requires int or char");
        }
        BigInteger b = IntMath.big(iv);
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
            throw PyErrors.overflowError("%c arg not in range(0x110000)");
        }
        return b.intValue();
    }

    /** {@code unicode_format_arg_output}: sign, {@code 0x} prefix, padding and truncation. */
    private static void output(StringBuilder out, String str, char ch, int flags, long width, int prec,
            boolean numeric) {
        char fill = numeric && (flags & F_ZERO) != 0 ? '0' : ' ';
        int len = StrSearch.isBmp(str) ? str.length() : str.codePointCount(0, str.length());
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (F_SIGN | F_BLANK)) == 0) {
            out.append(str);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
            str = str.substring(0, str.offsetByCodePoints(0, prec));
            len = prec;
        }
        int p = 0;
        char signchar = 0;
        boolean sign = numeric;
        if (sign) {
            char c = str.charAt(0);
            if (c == '-' || c == '+') {
                signchar = c;
                len--;
                p++;
            } else if ((flags & F_SIGN) != 0) {
                signchar = '+';
            } else if ((flags & F_BLANK) != 0) {
                signchar = ' ';
            } else {
                sign = false;
            }
        }
        if (width < len) {
            width = len;
        }
        if (sign) {
            if (fill != ' ') {
                out.append(signchar);
            }
            if (width > len) {
                width--;
            }
        }
        boolean prefix = (flags & F_ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (prefix) {
            if (fill != ' ') {
                out.append(str, p, p + 2);
                p += 2;
            }
            width = Math.max(0, width - 2);
            len -= 2;
        }
        if (width > len && (flags & F_LJUST) == 0) {
            for (long k = len; k < width; k++) {
                out.append(fill);
            }
            width = len;
        }
        if (fill == ' ') {
            if (sign) {
                out.append(signchar);
            }
            if (prefix) {
                out.append(str, p, p + 2);
                p += 2;
            }
        }
        out.append(str, p, str.length());
        for (long k = len; k < width; k++) {
            out.append(' ');
        }
    }
}
