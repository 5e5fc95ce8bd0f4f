package pygil.runtime.text;

import java.math.BigDecimal;

/**
 * {@code repr(float)} and {@code str(float)}; mirrors CPython's {@code float_repr}, that is
 * {@code PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0)} over {@code _Py_dg_dtoa} mode 0.
 *
 * <p>The digits are the shortest that round-trip, and among those the closest to the exact value.
 * Plain notation is used for exponents from -4 to 15, otherwise scientific notation with at least
 * two exponent digits: {@code 0.1}, {@code 100.0}, {@code 1e+16}, {@code 1e-05}, {@code 1.5e+300},
 * {@code inf}, {@code -inf}, {@code nan}, {@code -0.0}. Static and thread-safe.
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** {@code repr(x)} (also {@code str(x)}). */
    public static String repr(double x) {
        return DoubleFormat.format(x, 'r', 0, DoubleFormat.ADD_DOT_0);
    }

    /**
     * Significant digits (no leading or trailing zeros) and decimal point position: the value is
     * {@code 0.<digits> * 10**decpt}.
     */
    record Digits(String digits, int decpt) {}

    /**
     * The shortest round-tripping digits of a positive finite double (dtoa mode 0). Uses
     * {@link Double#toString}, which is shortest-and-closest except that it may pick a
     * closer two-digit decimal when a one-digit one exists; that case is corrected here.
     */
    static Digits shortest(double a) {
        String s = Double.toString(a);
        int e = s.indexOf('E');
        int exp10 = e < 0 ? 0 : Integer.parseInt(s.substring(e + 1));
        String mant = e < 0 ? s : s.substring(0, e);
        int dot = mant.indexOf('.');
        StringBuilder digits = new StringBuilder(mant.length());
        digits.append(mant, 0, dot).append(mant, dot + 1, mant.length());
        int decpt = dot + exp10;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        decpt -= lead;
        int end = digits.length();
        while (end > lead + 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        String d = digits.substring(lead, end);
        if (d.length() == 2) {
            Digits one = oneDigit(a, d, decpt);
            if (one != null) {
                return one;
            }
        }
        return new Digits(d, decpt);
    }

    /** A one-digit decimal that rounds to {@code a}, the closer one if both neighbours do. */
    private static Digits oneDigit(double a, String two, int decpt) {
        int first = two.charAt(0) - '0';
        Digits low = new Digits(Integer.toString(first), decpt);
        Digits high = first == 9 ? new Digits("1", decpt + 1) : new Digits(Integer.toString(first + 1), decpt);
        boolean lowOk = roundTrips(low, a);
        boolean highOk = roundTrips(high, a);
        if (lowOk && highOk) {
            BigDecimal exact = new BigDecimal(a);
            int c = exact.subtract(value(low)).compareTo(value(high).subtract(exact));
            if (c != 0) {
                return c < 0 ? low : high;
            }
            return ((first & 1) == 0) ? low : high;
        }
        return lowOk ? low : highOk ? high : null;
    }

    private static boolean roundTrips(Digits d, double a) {
        return Double.parseDouble("0." + d.digits() + "E" + d.decpt()) == a;
    }

    private static BigDecimal value(Digits d) {
        return new BigDecimal("0." + d.digits() + "E" + d.decpt());
    }
}
