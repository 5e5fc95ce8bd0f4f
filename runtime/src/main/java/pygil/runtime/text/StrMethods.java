package pygil.runtime.text;

import java.util.ArrayList;
import java.util.Collections;

import pygil.runtime.error.PyErrors;

/**
 * Splitting, stripping, replacing and padding methods of {@code str}; mirrors CPython's
 * {@code Objects/unicodeobject.c} and {@code Objects/stringlib/} ({@code split.h},
 * {@code transmogrify.h}, {@code partition.h}, {@code pad}, {@code do_strip}, {@code replace}).
 * Searching is in {@link StrSearch}, case mapping and the {@code is*} predicates in
 * {@link StrCase}, encoding in {@link StrCodecs}; {@code join} is left to the caller.
 *
 * <p>Widths and the characters of {@code strip}'s argument are code points (see the package doc).
 * Results of splitting are fresh arrays. Static, stateless and thread-safe.
 */
public final class StrMethods {
    private StrMethods() {}

    // ---------------------------------------------------------------- splitting

    /**
     * {@code s.split(sep, maxsplit)}; {@code sep == null} splits on runs of whitespace and drops
     * empty strings; a negative maxsplit means no limit. ValueError "empty separator".
     */
    public static String[] split(String s, String sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        ArrayList<String> out = new ArrayList<>();
        int n = s.length();
        if (sep == null) {
            int i = 0;
            while (max-- > 0) {
                while (i < n && StrCase.pyIsSpace(s.charAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                i++;
                while (i < n && !StrCase.pyIsSpace(s.charAt(i))) {
                    i++;
                }
                out.add(s.substring(j, i));
            }
            if (i < n) {
                while (i < n && StrCase.pyIsSpace(s.charAt(i))) {
                    i++;
                }
                if (i != n) {
                    out.add(s.substring(i));
                }
            }
            return out.toArray(new String[0]);
        }
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int i = 0;
        int m = sep.length();
        while (max-- > 0) {
            int pos = s.indexOf(sep, i);
            if (pos < 0) {
                break;
            }
            out.add(s.substring(i, pos));
            i = pos + m;
        }
        out.add(s.substring(i));
        return out.toArray(new String[0]);
    }

    /** {@code s.rsplit(sep, maxsplit)}: like {@link #split} but splitting from the right. */
    public static String[] rsplit(String s, String sep, long maxsplit) {
        long max = maxsplit < 0 ? Long.MAX_VALUE : maxsplit;
        ArrayList<String> out = new ArrayList<>();
        if (sep == null) {
            int i = s.length() - 1;
            while (max-- > 0) {
                while (i >= 0 && StrCase.pyIsSpace(s.charAt(i))) {
                    i--;
                }
                if (i < 0) {
                    break;
                }
                int j = i;
                i--;
                while (i >= 0 && !StrCase.pyIsSpace(s.charAt(i))) {
                    i--;
                }
                out.add(s.substring(i + 1, j + 1));
            }
            if (i >= 0) {
                while (i >= 0 && StrCase.pyIsSpace(s.charAt(i))) {
                    i--;
                }
                if (i >= 0) {
                    out.add(s.substring(0, i + 1));
                }
            }
        } else {
            if (sep.isEmpty()) {
                throw PyErrors.valueError("empty separator");
            }
            int j = s.length();
            int m = sep.length();
            while (max-- > 0) {
                int pos = j - m < 0 ? -1 : s.lastIndexOf(sep, j - m);
                if (pos < 0) {
                    break;
                }
                out.add(s.substring(pos + m, j));
                j = pos;
            }
            out.add(s.substring(0, j));
        }
        Collections.reverse(out);
        return out.toArray(new String[0]);
    }

    /** Line boundaries of {@code str.splitlines}. */
    public static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    /** {@code s.splitlines(keepends)}; {@code \r\n} is one line break. */
    public static String[] splitlines(String s, boolean keepends) {
        ArrayList<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int j = 0;
        while (i < n) {
            while (i < n && !isLineBreak(s.charAt(i))) {
                i++;
            }
            int eol = i;
            if (i < n) {
                if (s.charAt(i) == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2;
                } else {
                    i++;
                }
                if (keepends) {
                    eol = i;
                }
            }
            out.add(s.substring(j, eol));
            j = i;
        }
        return out.toArray(new String[0]);
    }

    /** {@code s.partition(sep)}: {@code {before, sep, after}} or {@code {s, "", ""}}. ValueError "empty separator". */
    public static String[] partition(String s, String sep) {
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int pos = s.indexOf(sep);
        if (pos < 0) {
            return new String[] {s, "", ""};
        }
        return new String[] {s.substring(0, pos), sep, s.substring(pos + sep.length())};
    }

    /** {@code s.rpartition(sep)}: {@code {before, sep, after}} or {@code {"", "", s}}. */
    public static String[] rpartition(String s, String sep) {
        if (sep.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        int pos = s.lastIndexOf(sep);
        if (pos < 0) {
            return new String[] {"", "", s};
        }
        return new String[] {s.substring(0, pos), sep, s.substring(pos + sep.length())};
    }

    // ---------------------------------------------------------------- stripping and affixes

    /** {@code s.strip(chars)}; {@code chars == null} strips Python whitespace. */
    public static String strip(String s, String chars) {
        return doStrip(s, chars, true, true);
    }

    /** {@code s.lstrip(chars)}. */
    public static String lstrip(String s, String chars) {
        return doStrip(s, chars, true, false);
    }

    /** {@code s.rstrip(chars)}. */
    public static String rstrip(String s, String chars) {
        return doStrip(s, chars, false, true);
    }

    private static String doStrip(String s, String chars, boolean left, boolean right) {
        int i = 0;
        int j = s.length();
        if (left) {
            while (i < j) {
                int cp = s.codePointAt(i);
                if (!stripped(cp, chars)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        if (right) {
            while (j > i) {
                int cp = s.codePointBefore(j);
                if (!stripped(cp, chars)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        }
        return s.substring(i, j);
    }

    private static boolean stripped(int cp, String chars) {
        if (chars == null) {
            return StrCase.pyIsSpace(cp);
        }
        return cp < Character.MIN_SUPPLEMENTARY_CODE_POINT ? chars.indexOf(cp) >= 0
                : chars.contains(Character.toString(cp));
    }

    /** {@code s.removeprefix(prefix)}. */
    public static String removeprefix(String s, String prefix) {
        return !prefix.isEmpty() && s.startsWith(prefix) ? s.substring(prefix.length()) : s;
    }

    /** {@code s.removesuffix(suffix)}. */
    public static String removesuffix(String s, String suffix) {
        return !suffix.isEmpty() && s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
    }

    // ---------------------------------------------------------------- replacing

    /**
     * {@code s.replace(old, new, count)}; a negative count means all. An empty {@code old}
     * inserts {@code new} before every character and at the end ({@code 'ab'.replace('', '-') == '-a-b-'}).
     */
    public static String replace(String s, String old, String repl, long count) {
        long max = count < 0 ? Long.MAX_VALUE : count;
        if (max == 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + Math.max(16, repl.length()));
        if (old.isEmpty()) {
            int i = 0;
            int n = s.length();
            while (max-- > 0) {
                sb.append(repl);
                if (i >= n) {
                    return sb.toString();
                }
                int cp = s.codePointAt(i);
                sb.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return sb.append(s, i, n).toString();
        }
        int i = 0;
        int m = old.length();
        int pos = s.indexOf(old);
        if (pos < 0) {
            return s;
        }
        while (pos >= 0 && max-- > 0) {
            sb.append(s, i, pos).append(repl);
            i = pos + m;
            pos = s.indexOf(old, i);
        }
        return sb.append(s, i, s.length()).toString();
    }

    // ---------------------------------------------------------------- padding

    /** {@code s.ljust(width, fillchar)}; TypeError "The fill character must be exactly one character long". */
    public static String ljust(String s, long width, String fillchar) {
        int fill = fillChar(fillchar);
        long marg = width - StrSearch.length(s);
        return marg <= 0 ? s : pad(s, 0, marg, fill);
    }

    /** {@code s.rjust(width, fillchar)}. */
    public static String rjust(String s, long width, String fillchar) {
        int fill = fillChar(fillchar);
        long marg = width - StrSearch.length(s);
        return marg <= 0 ? s : pad(s, marg, 0, fill);
    }

    /** {@code s.center(width, fillchar)}: the odd padding goes left when {@code width} is odd, as in CPython. */
    public static String center(String s, long width, String fillchar) {
        int fill = fillChar(fillchar);
        long marg = width - StrSearch.length(s);
        if (marg <= 0) {
            return s;
        }
        long left = marg / 2 + (marg & width & 1);
        return pad(s, left, marg - left, fill);
    }

    /** {@code s.zfill(width)}: zeros on the left, after a leading sign. */
    public static String zfill(String s, long width) {
        long fill = width - StrSearch.length(s);
        if (fill <= 0) {
            return s;
        }
        String padded = pad(s, fill, 0, '0');
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            return s.charAt(0) + padded.substring(1, (int) fill) + '0' + padded.substring((int) fill + 1);
        }
        return padded;
    }

    private static int fillChar(String fillchar) {
        if (fillchar == null) {
            return ' ';
        }
        if (fillchar.isEmpty() || fillchar.length() != Character.charCount(fillchar.codePointAt(0))) {
            throw PyErrors.typeError("The fill character must be exactly one character long");
        }
        return fillchar.codePointAt(0);
    }

    static String pad(String s, long left, long right, int fill) {
        int unit = Character.charCount(fill);
        long total = s.length() + (left + right) * unit;
        if (total > Integer.MAX_VALUE - 16) {
            throw PyErrors.overflowError("padded string is too long");
        }
        StringBuilder sb = new StringBuilder((int) total);
        for (long k = 0; k < left; k++) {
            sb.appendCodePoint(fill);
        }
        sb.append(s);
        for (long k = 0; k < right; k++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    /**
     * {@code s.expandtabs(tabsize)}: the column restarts after {@code \n} and {@code \r}; a tabsize
     * {@code <= 0} removes tabs.
     */
    public static String expandtabs(String s, long tabsize) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        long col = 0;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                if (tabsize > 0) {
                    long incr = tabsize - (col % tabsize);
                    if (sb.length() + incr > Integer.MAX_VALUE - 16) {
                        throw PyErrors.overflowError("new string is too long");
                    }
                    col += incr;
                    for (long k = 0; k < incr; k++) {
                        sb.append(' ');
                    }
                }
            } else {
                col++;
                sb.appendCodePoint(cp);
                if (cp == '\n' || cp == '\r') {
                    col = 0;
                }
            }
        }
        return sb.toString();
    }
}
