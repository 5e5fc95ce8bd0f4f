package pygil.runtime.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Float to text with a format code and precision; mirrors CPython's {@code PyOS_double_to_string}
 * and {@code format_float_short} ({@code Python/pystrtod.c}), which back {@code repr(float)},
 * {@code format(float, spec)} and {@code '%f' % x}.
 *
 * <p>Digits are correctly rounded from the exact binary value with round-half-even on exact ties
 * (as David Gay's {@code dtoa} does): {@code '%.2f' % 0.125 == '0.12'}. Static and thread-safe.
 */
public final class DoubleFormat {
    private DoubleFormat() {}

    /** Always add a sign ({@code Py_DTSF_SIGN}). */
    public static final int SIGN = 0x01;
    /** Add {@code .0} to integral results without exponent ({@code Py_DTSF_ADD_DOT_0}). */
    public static final int ADD_DOT_0 = 0x02;
    /** Alternate form, {@code #} ({@code Py_DTSF_ALT}). */
    public static final int ALT = 0x04;
    /** No negative zero, the {@code z} option ({@code Py_DTSF_NO_NEG_0}). */
    public static final int NO_NEG_0 = 0x08;

    /**
     * {@code PyOS_double_to_string(val, formatCode, precision, flags)}.
     *
     * @param formatCode one of {@code e E f F g G r}; {@code r} is the shortest repr (precision
     *        must be 0); upper-case codes give {@code E}, {@code INF} and {@code NAN}
     * @param precision digits after the point for e/f, significant digits for g (0 means 1)
     * @param flags a combination of {@link #SIGN}, {@link #ADD_DOT_0}, {@link #ALT}, {@link #NO_NEG_0}
     */
    public static String format(double val, char formatCode, int precision, int flags) {
        boolean upper = false;
        int mode;
        char code = formatCode;
        switch (formatCode) {
            case 'E', 'F', 'G' -> {
                upper = true;
                code = Character.toLowerCase(formatCode);
            }
            case 'e', 'f', 'g', 'r' -> { }
            default -> throw new IllegalArgumentException("bad format code " + formatCode);
        }
        switch (code) {
            case 'e' -> {
                mode = 2;
                precision++;
            }
            case 'f' -> mode = 3;
            case 'g' -> {
                mode = 2;
                if (precision == 0) {
                    precision = 1;
                }
            }
            default -> mode = 0;
        }
        boolean alwaysSign = (flags & SIGN) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        boolean alt = (flags & ALT) != 0;
        StringBuilder sb = new StringBuilder(24);
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            if (val < 0) {
                sb.append('-');
            } else if (alwaysSign) {
                sb.append('+');
            }
            String w = Double.isNaN(val) ? "nan" : "inf";
            return sb.append(upper ? w.toUpperCase() : w).toString();
        }
        boolean negative = (Double.doubleToRawLongBits(val) < 0);
        double a = Math.abs(val);
        String digits;
        int decpt;
        if (a == 0.0) {
            digits = "0";
            decpt = 1;
        } else if (mode == 0) {
            FloatRepr.Digits d = FloatRepr.shortest(a);
            digits = d.digits();
            decpt = d.decpt();
        } else {
            BigDecimal bd = new BigDecimal(a);
            bd = mode == 2
                    ? bd.round(new MathContext(precision, RoundingMode.HALF_EVEN))
                    : bd.setScale(precision, RoundingMode.HALF_EVEN);
            if (bd.signum() == 0) {
                digits = "";
                decpt = -precision;
            } else {
                String u = bd.unscaledValue().toString();
                decpt = u.length() - bd.scale();
                int len = u.length();
                while (len > 1 && u.charAt(len - 1) == '0') {
                    len--;
                }
                digits = u.substring(0, len);
            }
        }
        if (negative && (flags & NO_NEG_0) != 0 && (digits.isEmpty() || digits.equals("0"))) {
            negative = false;
        }
        int digitsLen = digits.length();
        int vdigitsEnd = digitsLen;
        boolean useExp = false;
        switch (code) {
            case 'e' -> {
                useExp = true;
                vdigitsEnd = precision;
            }
            case 'f' -> vdigitsEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) {
                    useExp = true;
                }
                if (alt) {
                    vdigitsEnd = precision;
                }
            }
            default -> useExp = decpt <= -4 || decpt > 16; // 'r'
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        // Keep vdigitsStart < decpt <= vdigitsEnd (strictly < when adding ".0").
        int vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) {
            vdigitsEnd = Math.max(vdigitsEnd, decpt + 1);
        } else {
            vdigitsEnd = Math.max(vdigitsEnd, decpt);
        }
        if (negative) {
            sb.append('-');
        } else if (alwaysSign) {
            sb.append('+');
        }
        if (decpt <= 0) {
            zeros(sb, decpt - vdigitsStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vdigitsStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vdigitsEnd - decpt);
        } else {
            zeros(sb, vdigitsEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) {
            sb.setLength(sb.length() - 1);
        }
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) {
                sb.append('0');
            }
            sb.append(ae);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) {
            sb.append('0');
        }
    }
}
