package pygil.runtime.text;

/**
 * Case mapping and character-class predicates of {@code str}; mirrors CPython's
 * {@code Objects/unicodeobject.c} ({@code do_upper}, {@code do_lower}, {@code do_casefold},
 * {@code do_capitalize}, {@code do_title}, {@code do_swapcase}, {@code handle_capital_sigma},
 * {@code unicode_isupper_impl} and the other {@code unicode_is*_impl}) and
 * {@code Objects/unicodectype.c}.
 *
 * <p>Mappings are the full (multi-character) ones, per code point: {@code 'ß'.upper() == 'SS'},
 * {@code 'ﬁ'.title() == 'Fi'}, and a capital sigma lowers to {@code ς} in final position (the
 * Unicode Final_Sigma rule as CPython applies it). Simple mappings and the letter/case
 * properties come from {@link Character}; multi-character mappings, case folding and the numeric
 * properties from the generated {@code UnicodeData} (Unicode 14.0, as CPython 3.11). Case
 * ignorability (for Final_Sigma) is approximated from categories Mn, Me, Cf, Lm, Sk and the
 * Word_Break MidLetter/MidNumLet/Single_Quote characters. {@link #isIdentifier} approximates
 * XID_Start/XID_Continue with Java's UAX #31 identifier methods. Static and thread-safe.
 */
public final class StrCase {
    private StrCase() {}

    // ---------------------------------------------------------------- character properties

    /** Python's {@code str.isspace} for one character ({@code Py_UNICODE_ISSPACE}). */
    public static boolean pyIsSpace(int cp) {
        if (cp < 0x80) {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
        }
        return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028
                || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
    }

    /** Cased: Lu, Ll, Lt, Other_Uppercase or Other_Lowercase ({@code _PyUnicode_IsCased}). */
    public static boolean isCased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** Approximation of Unicode's Case_Ignorable ({@code _PyUnicode_IsCaseIgnorable}). */
    static boolean isCaseIgnorable(int cp) {
        switch (cp) {
            case '\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
                    0xFE55, 0xFF07, 0xFF0E, 0xFF1A:
                return true;
            default:
                break;
        }
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL -> true;
            default -> false;
        };
    }

    private static boolean isDecimalChar(int cp) {
        return UnicodeData.inRanges(UnicodeData.DECIMAL, cp);
    }

    private static boolean isDigitChar(int cp) {
        return isDecimalChar(cp) || UnicodeData.inRanges(UnicodeData.DIGIT_NOT_DECIMAL, cp);
    }

    private static boolean isNumericChar(int cp) {
        return UnicodeData.inRanges(UnicodeData.NUMERIC, cp);
    }

    // ---------------------------------------------------------------- case mapping

    /** {@code s.upper()}. */
    public static String upper(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            appendUpper(sb, cp);
        }
        return sb.toString();
    }

    /** {@code s.lower()} (with Final_Sigma). */
    public static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            appendLower(sb, s, i, cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.casefold()}: full case folding. */
    public static String casefold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            String f = UnicodeData.lookup(UnicodeData.CASEFOLD_KEYS, UnicodeData.CASEFOLD_VALUES, cp);
            if (f != null) {
                sb.append(f);
            } else if (cp == 0x130) {
                sb.append("i\u0307");
            } else {
                sb.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return sb.toString();
    }

    /** {@code s.capitalize()}: first character title-cased, the rest lower-cased (Python 3.8+). */
    public static String capitalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            if (i == 0) {
                appendTitle(sb, cp);
            } else {
                appendLower(sb, s, i, cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /**
     * {@code s.title()}: a character following a cased character is lower-cased, any other is
     * title-cased ({@code "they're bill's"} gives {@code "They'Re Bill'S"}).
     */
    public static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean previousIsCased = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            if (previousIsCased) {
                appendLower(sb, s, i, cp);
            } else {
                appendTitle(sb, cp);
            }
            previousIsCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** {@code s.swapcase()}. */
    public static String swapcase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) {
                appendLower(sb, s, i, cp);
            } else if (Character.isLowerCase(cp)) {
                appendUpper(sb, cp);
            } else {
                sb.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static void appendUpper(StringBuilder sb, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        String m = UnicodeData.lookup(UnicodeData.UPPER_KEYS, UnicodeData.UPPER_VALUES, cp);
        if (m != null) {
            sb.append(m);
        } else {
            sb.appendCodePoint(Character.toUpperCase(cp));
        }
    }

    private static void appendTitle(StringBuilder sb, int cp) {
        String m = UnicodeData.lookup(UnicodeData.TITLE_KEYS, UnicodeData.TITLE_VALUES, cp);
        if (m != null) {
            sb.append(m);
        } else {
            sb.appendCodePoint(Character.toTitleCase(cp));
        }
    }

    /** Full lower case of {@code cp} found at char index {@code i} of {@code s} ({@code lower_ucs4}). */
    private static void appendLower(StringBuilder sb, String s, int i, int cp) {
        if (cp < 0x80) {
            sb.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == 0x3A3) {
            sb.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else if (cp == 0x130) {
            sb.append("i\u0307");
        } else {
            sb.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** Final_Sigma: cased (case-ignorable)* SIGMA, not followed by (case-ignorable)* cased. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !isCased(c)) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!isCaseIgnorable(c)) {
                return !isCased(c);
            }
            j += Character.charCount(c);
        }
        return true;
    }

    // ---------------------------------------------------------------- predicates

    /** {@code s.isupper()}: some cased character and no lower/title-case one. */
    public static boolean isUpper(String s) {
        boolean cased = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
                return false;
            } else if (!cased && Character.isUpperCase(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    /** {@code s.islower()}: some cased character and no upper/title-case one. */
    public static boolean isLower(String s) {
        boolean cased = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                return false;
            } else if (!cased && Character.isLowerCase(cp)) {
                cased = true;
            }
        }
        return cased;
    }

    /** {@code s.istitle()}: upper/title-case characters only after uncased ones, lower-case only after cased ones. */
    public static boolean isTitle(String s) {
        boolean cased = false;
        boolean previousIsCased = false;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!previousIsCased) {
                    return false;
                }
                previousIsCased = true;
                cased = true;
            } else {
                previousIsCased = false;
            }
        }
        return cased;
    }

    /** Property of every character of a non-empty string. */
    private interface CpPredicate {
        boolean test(int cp);
    }

    private static boolean all(String s, CpPredicate p) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!p.test(cp)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.isspace()}. */
    public static boolean isSpace(String s) {
        return all(s, StrCase::pyIsSpace);
    }

    /** {@code s.isalpha()}: categories Lu, Ll, Lt, Lm, Lo. */
    public static boolean isAlpha(String s) {
        return all(s, Character::isLetter);
    }

    /** {@code s.isdecimal()}. */
    public static boolean isDecimal(String s) {
        return all(s, StrCase::isDecimalChar);
    }

    /** {@code s.isdigit()}. */
    public static boolean isDigit(String s) {
        return all(s, StrCase::isDigitChar);
    }

    /** {@code s.isnumeric()}. */
    public static boolean isNumeric(String s) {
        return all(s, StrCase::isNumericChar);
    }

    /** {@code s.isalnum()}: every character alphabetic or numeric. */
    public static boolean isAlnum(String s) {
        return all(s, cp -> Character.isLetter(cp) || isNumericChar(cp));
    }

    /** {@code s.isprintable()} (true for the empty string). */
    public static boolean isPrintable(String s) {
        return s.isEmpty() || all(s, StrRepr::isPrintable);
    }

    /** {@code s.isascii()} (true for the empty string). */
    public static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.isidentifier()} (approximation of XID_Start XID_Continue*, see class doc). */
    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first), n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
                return false;
            }
        }
        return true;
    }
}
