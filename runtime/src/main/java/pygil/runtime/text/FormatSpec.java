package pygil.runtime.text;

import java.math.BigInteger;

import pygil.runtime.error.PyErrors;
import pygil.runtime.num.IntMath;

/**
 * A parsed format specification (the mini-language of {@code format()}, {@code str.format} and
 * f-strings) and the formatting of ints, floats and strs with it; mirrors CPython's
 * {@code Python/formatter_unicode.c} ({@code parse_internal_render_format_spec},
 * {@code format_long_internal}, {@code format_float_internal}, {@code format_string_internal},
 * {@code _PyLong_FormatAdvancedWriter}, {@code _PyFloat_FormatAdvancedWriter},
 * {@code _PyUnicode_FormatAdvancedWriter}).
 *
 * <p>Grammar: {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 * {@link #parse} reports syntax errors at once; errors that CPython words with the object's type
 * ("Invalid format specifier 'x' for object of type 'int'") or that depend on the type's defaults
 * are raised by the {@code format*} methods. Locale-dependent {@code n} uses the C locale (no
 * grouping, '.' as decimal point), as CPython does unless the program calls {@code setlocale}.
 * Instances are immutable; all methods are thread-safe.
 */
public final class FormatSpec {
    /** The spec text. */
    public final String spec;
    /** Fill code point (meaningful when {@link #fillSpecified}). */
    public final int fill;
    public final boolean fillSpecified;
    /** One of {@code < > = ^}, or 0 when not given. */
    public final char align;
    /** One of {@code + - space}, or 0 when not given. */
    public final char sign;
    /** The {@code z} option (negative zero coerced to zero; floats only). */
    public final boolean noNeg0;
    /** The {@code #} option. */
    public final boolean alternate;
    /** A {@code 0} before the width without an explicit fill. */
    public final boolean zeroPad;
    /** Minimum width, -1 when not given. */
    public final long width;
    /** {@code ,} or {@code _}, or 0 when not given. */
    public final char grouping;
    /** Precision, -1 when not given. */
    public final long precision;
    /** Presentation type code point, or 0 when not given. */
    public final int type;
    /** Text remains after the type: "Invalid format specifier", raised by the format methods. */
    private final boolean invalid;

    private FormatSpec(String spec, int fill, boolean fillSpecified, char align, char sign, boolean noNeg0,
            boolean alternate, boolean zeroPad, long width, char grouping, long precision, int type,
            boolean invalid) {
        this.spec = spec;
        this.fill = fill;
        this.fillSpecified = fillSpecified;
        this.align = align;
        this.sign = sign;
        this.noNeg0 = noNeg0;
        this.alternate = alternate;
        this.zeroPad = zeroPad;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
        this.invalid = invalid;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /**
     * Parses {@code spec}. ValueError "Format specifier missing precision", "Too many decimal
     * digits in format string", "Cannot specify both ',' and '_'.".
     */
    public static FormatSpec parse(String spec) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int pos = 0;
        int fill = ' ';
        boolean fillSpecified = false;
        char align = 0;
        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            fillSpecified = true;
            align = (char) cps[1];
            pos = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) {
            sign = (char) cps[pos++];
        }
        boolean noNeg0 = false;
        if (pos < n && cps[pos] == 'z') {
            noNeg0 = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && cps[pos] == '#') {
            alternate = true;
            pos++;
        }
        boolean zeroPad = false;
        if (!fillSpecified && pos < n && cps[pos] == '0') {
            zeroPad = true;
            pos++;
        }
        long[] acc = new long[1];
        int consumed = integer(cps, pos, acc);
        pos += consumed;
        long width = consumed == 0 ? -1 : acc[0];
        char grouping = 0;
        if (pos < n && cps[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (pos < n && cps[pos] == '_') {
            if (grouping != 0) {
                throw PyErrors.valueError("Cannot specify both ',' and '_'.");
            }
            grouping = '_';
            pos++;
        }
        if (pos < n && cps[pos] == ',' && grouping == '_') {
            throw PyErrors.valueError("Cannot specify both ',' and '_'.");
        }
        long precision = -1;
        if (pos < n && cps[pos] == '.') {
            pos++;
            consumed = integer(cps, pos, acc);
            if (consumed == 0) {
                throw PyErrors.valueError("Format specifier missing precision");
            }
            pos += consumed;
            precision = acc[0];
        }
        int type = 0;
        boolean invalid = false;
        if (n - pos > 1) {
            invalid = true;
        } else if (n - pos == 1) {
            type = cps[pos];
        }
        return new FormatSpec(spec, fill, fillSpecified, align, sign, noNeg0, alternate, zeroPad, width, grouping,
                precision, type, invalid);
    }

    /** Reads decimal digits (any Unicode Nd) from {@code cps[pos]}; returns how many were read. */
    private static int integer(int[] cps, int pos, long[] out) {
        long acc = 0;
        int k = pos;
        for (; k < cps.length; k++) {
            int cp = cps[k];
            if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                break;
            }
            int d = Character.digit(cp, 10);
            if (acc > (Long.MAX_VALUE - d) / 10) {
                throw PyErrors.valueError("Too many decimal digits in format string");
            }
            acc = acc * 10 + d;
        }
        out[0] = acc;
        return k - pos;
    }

    // ---------------------------------------------------------------- shared checks

    /** Type-dependent validation done by CPython's parser; returns the effective type. */
    private int validate(String typeName, int defaultType) {
        if (invalid) {
            throw PyErrors.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int t = type == 0 ? defaultType : type;
        if (grouping != 0) {
            switch (t) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
                    break;
                case 'b', 'o', 'x', 'X':
                    if (grouping == '_') {
                        break;
                    }
                    throw badGrouping(t);
                default:
                    throw badGrouping(t);
            }
        }
        return t;
    }

    private RuntimeException badGrouping(int t) {
        String tt = t > 32 && t < 128 ? String.valueOf((char) t) : "\\x" + Integer.toHexString(t);
        return PyErrors.valueError("Cannot specify '" + grouping + "' with '" + tt + "'.");
    }

    private static RuntimeException unknownType(int t, String typeName) {
        String tt = t > 32 && t < 128 ? String.valueOf((char) t) : "\\x" + Integer.toHexString(t);
        return PyErrors.valueError("Unknown format code '" + tt + "' for object of type '" + typeName + "'");
    }

    private int fillFor() {
        return fillSpecified ? fill : zeroPad ? '0' : ' ';
    }

    private char alignFor(char defaultAlign) {
        if (align != 0) {
            return align;
        }
        return zeroPad && defaultAlign == '>' ? '=' : defaultAlign;
    }

    // ---------------------------------------------------------------- formatting

    /**
     * {@code format(value, spec)} for the Java representations of int (Long, BigInteger, Boolean,
     * Integer), float (Double) and str (String).
     */
    public static String format(Object value, String spec) {
        if (value instanceof String s) {
            return spec.isEmpty() ? s : formatString(s, parse(spec));
        } else if (value instanceof Double d) {
            return formatDouble(d, parse(spec));
        } else if (IntMath.isInt(value)) {
            return spec.isEmpty() ? (value instanceof Boolean b ? (b ? "True" : "False") : value.toString())
                    : formatInt(value, parse(spec));
        }
        throw new IllegalArgumentException("not a str, int or float: " + value);
    }

    /** {@code format(value, spec)} for an int given as a long. */
    public static String formatLong(long value, FormatSpec spec) {
        return formatInt(value, spec);
    }

    /** {@code format(value, spec)} for an int given as a BigInteger. */
    public static String formatBig(BigInteger value, FormatSpec spec) {
        return formatInt(value, spec);
    }

    /**
     * {@code int.__format__}: types {@code b c d o x X n} and none (as {@code d}); {@code e E f F g
     * G %} format {@code float(value)}. A Boolean is formatted as 1/0 and named 'bool' in errors (an
     * empty spec, which gives 'True', is handled by {@link #format(Object, String)}).
     */
    public static String formatInt(Object value, FormatSpec spec) {
        String typeName = value instanceof Boolean ? "bool" : "int";
        int t = spec.validate(typeName, 'd');
        switch (t) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
                break;
            case 'e', 'E', 'f', 'F', 'g', 'G', '%':
                return spec.formatFloat(IntMath.toDouble(value), t);
            default:
                throw unknownType(t, typeName);
        }
        if (spec.precision != -1) {
            throw PyErrors.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNeg0) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        int fill = spec.fillFor();
        char align = spec.alignFor('>');
        if (t == 'c') {
            if (spec.sign != 0) {
                throw PyErrors.valueError("Sign not allowed with integer format specifier 'c'");
            }
            if (spec.alternate) {
                throw PyErrors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            BigInteger b = IntMath.big(value);
            if (b.bitLength() >= 64) {
                throw PyErrors.overflowError("Python int too large to convert to C long");
            }
            long x = b.longValue();
            if (x < 0 || x > 0x10FFFF) {
                throw PyErrors.overflowError("%c arg not in range(0x110000)");
            }
            return NumberLayout.layout(false, "", "", Character.toString((int) x), (char) 0, 3, fill, align,
                    spec.width, spec.sign);
        }
        int base = t == 'b' ? 2 : t == 'o' ? 8 : t == 'x' || t == 'X' ? 16 : 10;
        BigInteger v = IntMath.big(value);
        boolean negative = v.signum() < 0;
        String digits = v.abs().toString(base);
        String prefix = "";
        if (spec.alternate && base != 10) {
            prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
        }
        if (t == 'X') {
            digits = digits.toUpperCase();
            prefix = prefix.toUpperCase();
        }
        char sep = t == 'n' ? 0 : spec.grouping;
        int groupSize = base == 10 ? 3 : 4;
        return NumberLayout.layout(negative, prefix, digits, "", sep, groupSize, fill, align, spec.width, spec.sign);
    }

    /**
     * {@code float.__format__}: types {@code e E f F g G n %} and none (like {@code g} but with at
     * least one digit after the point, and like {@code repr} when there is no precision:
     * {@code format(1.0, '') == '1.0'}).
     */
    public static String formatDouble(double value, FormatSpec spec) {
        int t = spec.validate("float", 0);
        switch (t) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
                return spec.formatFloat(value, t);
            default:
                throw unknownType(t, "float");
        }
    }

    private String formatFloat(double val, int t) {
        if (precision > Integer.MAX_VALUE) {
            throw PyErrors.valueError("precision too big");
        }
        int flags = 0;
        if (alternate) {
            flags |= DoubleFormat.ALT;
        }
        if (noNeg0) {
            flags |= DoubleFormat.NO_NEG_0;
        }
        int defaultPrecision = 6;
        char code = (char) t;
        if (t == 0) {
            flags |= DoubleFormat.ADD_DOT_0;
            code = 'r';
            defaultPrecision = 0;
        } else if (t == 'n') {
            code = 'g';
        }
        boolean pct = false;
        if (code == '%') {
            code = 'f';
            val *= 100;
            pct = true;
        }
        int prec = (int) precision;
        if (prec < 0) {
            prec = defaultPrecision;
        } else if (code == 'r') {
            code = 'g';
        }
        String buf = DoubleFormat.format(val, code, prec, flags);
        if (pct) {
            buf += "%";
        }
        boolean negative = buf.charAt(0) == '-';
        int start = negative ? 1 : 0;
        int k = start;
        while (k < buf.length() && buf.charAt(k) >= '0' && buf.charAt(k) <= '9') {
            k++;
        }
        char sep = t == 'n' ? 0 : grouping;
        return NumberLayout.layout(negative, "", buf.substring(start, k), buf.substring(k), sep, 3, fillFor(),
                alignFor('>'), width, sign);
    }

    /** {@code str.__format__}: type {@code s} or none; precision truncates. */
    public static String formatString(String value, FormatSpec spec) {
        int t = spec.validate("str", 's');
        if (t != 's') {
            throw unknownType(t, "str");
        }
        if (spec.sign != 0) {
            throw PyErrors.valueError(spec.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNeg0) {
            throw PyErrors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate) {
            throw PyErrors.valueError("Alternate form (#) not allowed in string format specifier");
        }
        char align = spec.alignFor('<');
        if (align == '=') {
            throw PyErrors.valueError("'=' alignment not allowed in string format specifier");
        }
        int len = StrSearch.isBmp(value) ? value.length() : value.codePointCount(0, value.length());
        if ((spec.width == -1 || spec.width <= len) && (spec.precision == -1 || spec.precision >= len)) {
            return value;
        }
        String s = value;
        if (spec.precision >= 0 && len >= spec.precision) {
            len = (int) spec.precision;
            s = value.substring(0, value.offsetByCodePoints(0, len));
        }
        return NumberLayout.pad(s, len, spec.fillFor(), align, spec.width);
    }
}
