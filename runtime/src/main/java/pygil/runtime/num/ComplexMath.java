package pygil.runtime.num;

import pygil.runtime.error.PyErrors;
import pygil.runtime.text.DoubleFormat;

/**
 * complex arithmetic on pairs of doubles (Equivalent of {@code Objects/complexobject.c}'s
 * {@code _Py_c_*} functions, {@code complex_pow}, {@code complex_abs}, {@code complex_hash},
 * {@code complex_repr} and {@code complex_from_string_inner}). Results are {@code {real, imag}}
 * arrays; the algorithms are CPython's, operation for operation, so that results (infinities
 * and NaNs included) agree bit for bit where the C library's functions agree with Java's.
 */
public final class ComplexMath {
    private ComplexMath() {}

    private static final double[] ONE = {1.0, 0.0};

    /** Equivalent of {@code _Py_c_prod}. */
    public static double[] mul(double ar, double ai, double br, double bi) {
        return new double[] {ar * br - ai * bi, ar * bi + ai * br};
    }

    /** {@code a / b} (Equivalent of {@code complex_div}): ZeroDivisionError "complex division by zero". */
    public static double[] div(double ar, double ai, double br, double bi) {
        double[] r = quot(ar, ai, br, bi);
        if (r == null) {
            throw PyErrors.zeroDivisionError("complex division by zero");
        }
        return r;
    }

    /** Equivalent of {@code _Py_c_quot} (Smith's method); null where C sets errno to EDOM. */
    private static double[] quot(double ar, double ai, double br, double bi) {
        double absBr = br < 0 ? -br : br;
        double absBi = bi < 0 ? -bi : bi;
        if (absBr >= absBi) {
            if (absBr == 0.0) {
                return null;
            }
            double ratio = bi / br;
            double denom = br + bi * ratio;
            return new double[] {(ar + ai * ratio) / denom, (ai - ar * ratio) / denom};
        } else if (absBi >= absBr) {
            double ratio = br / bi;
            double denom = br * ratio + bi;
            return new double[] {(ar * ratio + ai) / denom, (ai * ratio - ar) / denom};
        }
        return new double[] {Double.NaN, Double.NaN};
    }

    /**
     * {@code a ** b} (Equivalent of {@code complex_pow}): small integral exponents by repeated
     * multiplication, others by polar form. ZeroDivisionError "0.0 to a negative or complex
     * power"; OverflowError "complex exponentiation" when a part of the result is infinite.
     */
    public static double[] pow(double ar, double ai, double br, double bi) {
        double[] p;
        boolean edom = false;
        if (bi == 0.0 && br == Math.floor(br) && Math.abs(br) <= 100.0) {
            long n = (long) br;
            if (n > 0) {
                p = powu(ar, ai, n);
            } else {
                double[] d = powu(ar, ai, -n);
                p = quot(1.0, 0.0, d[0], d[1]);
                if (p == null) {
                    edom = true;
                }
            }
        } else if (br == 0.0 && bi == 0.0) {
            p = ONE.clone();
        } else if (ar == 0.0 && ai == 0.0) {
            edom = bi != 0.0 || br < 0.0;
            p = new double[] {0.0, 0.0};
        } else {
            double vabs = Math.hypot(ar, ai);
            double len = Math.pow(vabs, br);
            double at = Math.atan2(ai, ar);
            double phase = at * br;
            if (bi != 0.0) {
                len /= Math.exp(at * bi);
                phase += bi * Math.log(vabs);
            }
            p = new double[] {len * Math.cos(phase), len * Math.sin(phase)};
        }
        if (edom) {
            throw PyErrors.zeroDivisionError("0.0 to a negative or complex power");
        }
        if (Double.isInfinite(p[0]) || Double.isInfinite(p[1])) {
            throw PyErrors.overflowError("complex exponentiation");
        }
        return p;
    }

    /** Equivalent of {@code c_powu}: {@code x ** n} for {@code n >= 0} by squaring. */
    private static double[] powu(double xr, double xi, long n) {
        double[] r = ONE.clone();
        double[] p = {xr, xi};
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = mul(r[0], r[1], p[0], p[1]);
            }
            mask <<= 1;
            p = mul(p[0], p[1], p[0], p[1]);
        }
        return r;
    }

    /** {@code abs(z)} (Equivalent of {@code complex_abs}): OverflowError "absolute value too large". */
    public static double abs(double re, double im) {
        if (!Double.isFinite(re) || !Double.isFinite(im)) {
            if (Double.isInfinite(re)) {
                return Math.abs(re);
            }
            if (Double.isInfinite(im)) {
                return Math.abs(im);
            }
            return Double.NaN;
        }
        double r = Math.hypot(re, im);
        if (!Double.isFinite(r)) {
            throw PyErrors.overflowError("absolute value too large");
        }
        return r;
    }

    /** Equivalent of {@code complex_hash}; {@code identity} hashes a NaN part. */
    public static long hash(double re, double im, Object identity) {
        long h = NumericHash.hashDouble(re, identity) + 1000003L * NumericHash.hashDouble(im, identity);
        return h == -1 ? -2 : h;
    }

    /**
     * {@code repr(z)} (Equivalent of {@code complex_repr}): {@code 1j}, {@code (1+2j)},
     * {@code (-0-1j)}, {@code (inf+nanj)}. The parts are float reprs without the ".0".
     */
    public static String repr(double re, double im) {
        if (re == 0.0 && Math.copySign(1.0, re) == 1.0) {
            return DoubleFormat.format(im, 'r', 0, 0) + "j";
        }
        return "(" + DoubleFormat.format(re, 'r', 0, 0) + DoubleFormat.format(im, 'r', 0, DoubleFormat.SIGN) + "j)";
    }

    /**
     * {@code complex(s)} (Equivalent of {@code complex_subtype_from_string}): {@code <float>},
     * {@code <float>j}, {@code <float><signed-float>j}, {@code <float><sign>j},
     * {@code <sign>j} and {@code j}, optionally in parentheses, with surrounding whitespace.
     * ValueError "complex() arg is a malformed string" (or "could not convert string to
     * complex: '...'" for misplaced underscores).
     */
    public static double[] parse(String text) {
        char[] ascii = NumberParser.toAscii(text);
        if (ascii == null) {
            throw malformed();
        }
        String s = new String(ascii);
        if (s.indexOf('_') >= 0) {
            s = dropUnderscores(s, text);
        }
        int n = s.length();
        int i = 0;
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        boolean bracket = i < n && s.charAt(i) == '(';
        if (bracket) {
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        double x = 0.0;
        double y = 0.0;
        int end = floatEnd(s, i);
        if (end != i) {
            double z = toDouble(s.substring(i, end));
            i = end;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                x = z;
                end = floatEnd(s, i);
                if (end != i) {
                    y = toDouble(s.substring(i, end));
                    i = end;
                } else {
                    y = s.charAt(i) == '+' ? 1.0 : -1.0;
                    i++;
                }
                i = expectJ(s, i);
            } else if (i < n && (s.charAt(i) == 'j' || s.charAt(i) == 'J')) {
                i++;
                y = z;
            } else {
                x = z;
            }
        } else {
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                y = s.charAt(i) == '+' ? 1.0 : -1.0;
                i++;
            } else {
                y = 1.0;
            }
            i = expectJ(s, i);
        }
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        if (bracket) {
            if (i >= n || s.charAt(i) != ')') {
                throw malformed();
            }
            i++;
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
        }
        if (i != n) {
            throw malformed();
        }
        return new double[] {x, y};
    }

    private static int expectJ(String s, int i) {
        if (i >= s.length() || (s.charAt(i) != 'j' && s.charAt(i) != 'J')) {
            throw malformed();
        }
        return i + 1;
    }

    /**
     * The end of the longest prefix of {@code s} from {@code i} that {@code strtod} accepts: an
     * optionally signed decimal literal or inf/infinity/nan; {@code i} if there is none.
     */
    private static int floatEnd(String s, int i) {
        int n = s.length();
        int j = i;
        if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
            j++;
        }
        for (String w : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, j, w, 0, w.length())) {
                return j + w.length();
            }
        }
        int digits = 0;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
            digits++;
        }
        if (j < n && s.charAt(j) == '.') {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
                digits++;
            }
        }
        if (digits == 0) {
            return i;
        }
        if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
            int k = j + 1;
            if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(s.charAt(k))) {
                while (k < n && isDigit(s.charAt(k))) {
                    k++;
                }
                j = k;
            }
        }
        return j;
    }

    private static double toDouble(String lit) {
        String w = lit.startsWith("+") || lit.startsWith("-") ? lit.substring(1) : lit;
        boolean neg = lit.startsWith("-");
        if (w.equalsIgnoreCase("inf") || w.equalsIgnoreCase("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (w.equalsIgnoreCase("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        return Double.parseDouble(lit);
    }

    /** Equivalent of {@code _Py_string_to_number_with_underscores}: '_' only between digits. */
    private static String dropUnderscores(String s, String original) {
        StringBuilder sb = new StringBuilder(s.length());
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!isDigit(prev) || i + 1 >= s.length() || !isDigit(s.charAt(i + 1))) {
                    throw PyErrors.valueError("could not convert string to complex: " + pygil.runtime.text.StrRepr.repr(original));
                }
            } else {
                sb.append(c);
            }
            prev = c;
        }
        return sb.toString();
    }

    private static RuntimeException malformed() {
        return PyErrors.valueError("complex() arg is a malformed string");
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
