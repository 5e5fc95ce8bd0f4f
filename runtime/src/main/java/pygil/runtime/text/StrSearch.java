package pygil.runtime.text;

import pygil.runtime.error.PyErrors;

/**
 * The searching methods of {@code str} ({@code find}, {@code rfind}, {@code index},
 * {@code rindex}, {@code count}, {@code startswith}, {@code endswith}); mirrors CPython's
 * {@code any_find_slice}, {@code anylib_count}, {@code tailmatch} and the {@code ADJUST_INDICES}
 * macro of {@code Objects/unicodeobject.c}.
 *
 * <p>Start/end arguments follow Python's slice rules: negative values count from the end,
 * out-of-range values are clamped. A Python {@code None} start is passed as {@code 0} and a
 * {@code None} end as {@link #END} ({@code Long.MAX_VALUE}); callers clamp huge ints to the long
 * range ({@link Slices#clamp}). Indices are in code points (see the package doc). Without
 * start/end the UTF-16 text is searched directly and a found index converted in O(index); with
 * start/end, the string is first checked for surrogates (a pass over it) and, if it has some,
 * converted to code points.
 * Static, stateless and thread-safe.
 */
public final class StrSearch {
    private StrSearch() {}

    /** The end argument meaning "to the end of the string" (Python's {@code None}). */
    public static final long END = Long.MAX_VALUE;

    /** {@code s.find(sub)}. */
    public static long find(String s, String sub) {
        return find(s, sub, 0, END);
    }

    /** {@code s.find(sub, start, end)}: lowest index of {@code sub} in {@code s[start:end]}, or -1. */
    public static long find(String s, String sub, long start, long end) {
        return search(s, sub, start, end, true);
    }

    /** {@code s.rfind(sub, start, end)}: highest index, or -1. */
    public static long rfind(String s, String sub, long start, long end) {
        return search(s, sub, start, end, false);
    }

    /** {@code s.index(sub, start, end)}; ValueError "substring not found". */
    public static long index(String s, String sub, long start, long end) {
        long r = find(s, sub, start, end);
        if (r < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return r;
    }

    /** {@code s.rindex(sub, start, end)}; ValueError "substring not found". */
    public static long rindex(String s, String sub, long start, long end) {
        long r = rfind(s, sub, start, end);
        if (r < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return r;
    }

    private static long search(String s, String sub, long start, long end, boolean forward) {
        if (start == 0 && end == END && isBmp(sub)) {
            // Whole string: search the UTF-16 units, then convert the index (O(index)).
            int r = forward ? s.indexOf(sub) : s.lastIndexOf(sub);
            return r <= 0 ? r : s.codePointCount(0, r);
        }
        if (isBmp(s)) {
            int len = s.length();
            end = adjustEnd(end, len);
            start = adjustStart(start, len);
            int m = sub.length();
            if (end - start < m) {
                return -1;
            }
            return forward
                    ? s.indexOf(sub, (int) start, (int) end)
                    : lastIndexOf(s, sub, (int) start, (int) end);
        }
        int[] a = s.codePoints().toArray();
        int[] b = sub.codePoints().toArray();
        end = adjustEnd(end, a.length);
        start = adjustStart(start, a.length);
        if (end - start < b.length) {
            return -1;
        }
        if (forward) {
            for (int i = (int) start; i <= end - b.length; i++) {
                if (matchAt(a, b, i)) {
                    return i;
                }
            }
        } else {
            for (int i = (int) end - b.length; i >= start; i--) {
                if (matchAt(a, b, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int lastIndexOf(String s, String sub, int start, int end) {
        int r = s.lastIndexOf(sub, end - sub.length());
        return r >= start ? r : -1;
    }

    /** {@code s.count(sub, start, end)}: non-overlapping occurrences ({@code len+1} for an empty sub). */
    public static long count(String s, String sub, long start, long end) {
        if (start == 0 && end == END && !sub.isEmpty() && isBmp(sub)) {
            long n = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                n++;
            }
            return n;
        }
        if (!isBmp(s)) {
            int[] a = s.codePoints().toArray();
            int[] b = sub.codePoints().toArray();
            end = adjustEnd(end, a.length);
            start = adjustStart(start, a.length);
            if (end - start < b.length) {
                return 0;
            } else if (b.length == 0) {
                return end - start + 1;
            }
            long n = 0;
            for (int i = (int) start; i <= end - b.length; ) {
                if (matchAt(a, b, i)) {
                    n++;
                    i += b.length;
                } else {
                    i++;
                }
            }
            return n;
        }
        int len = s.length();
        end = adjustEnd(end, len);
        start = adjustStart(start, len);
        int m = sub.length();
        if (end - start < m) {
            return 0;
        } else if (m == 0) {
            return end - start + 1;
        }
        long n = 0;
        int i = (int) start;
        while ((i = s.indexOf(sub, i, (int) end)) >= 0) {
            n++;
            i += m;
        }
        return n;
    }

    /** {@code s.startswith(prefix, start, end)}. */
    public static boolean startswith(String s, String prefix, long start, long end) {
        return tailmatch(s, prefix, start, end, false);
    }

    /** {@code s.startswith(prefixes, start, end)} for a tuple of prefixes. */
    public static boolean startswith(String s, String[] prefixes, long start, long end) {
        for (String p : prefixes) {
            if (tailmatch(s, p, start, end, false)) {
                return true;
            }
        }
        return false;
    }

    /** {@code s.endswith(suffix, start, end)}. */
    public static boolean endswith(String s, String suffix, long start, long end) {
        return tailmatch(s, suffix, start, end, true);
    }

    /** {@code s.endswith(suffixes, start, end)} for a tuple of suffixes. */
    public static boolean endswith(String s, String[] suffixes, long start, long end) {
        for (String p : suffixes) {
            if (tailmatch(s, p, start, end, true)) {
                return true;
            }
        }
        return false;
    }

    private static boolean tailmatch(String s, String sub, long start, long end, boolean atEnd) {
        if (start == 0 && end == END && isBmp(sub)) {
            return atEnd ? s.endsWith(sub) : s.startsWith(sub);
        }
        if (!isBmp(s) || !isBmp(sub)) {
            int[] a = s.codePoints().toArray();
            int[] b = sub.codePoints().toArray();
            end = adjustEnd(end, a.length);
            start = adjustStart(start, a.length);
            end -= b.length;
            if (end < start) {
                return false;
            }
            return matchAt(a, b, (int) (atEnd ? end : start));
        }
        int len = s.length();
        end = adjustEnd(end, len);
        start = adjustStart(start, len);
        end -= sub.length();
        if (end < start) {
            return false;
        }
        return s.startsWith(sub, (int) (atEnd ? end : start));
    }

    private static long adjustEnd(long end, int len) {
        if (end > len) {
            return len;
        } else if (end < 0) {
            end += len;
            return end < 0 ? 0 : end;
        }
        return end;
    }

    private static long adjustStart(long start, int len) {
        if (start < 0) {
            start += len;
            return start < 0 ? 0 : start;
        }
        return start;
    }

    private static boolean matchAt(int[] a, int[] b, int at) {
        for (int k = 0; k < b.length; k++) {
            if (a[at + k] != b[k]) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code s} has no surrogate code units (so char and code point indices agree). */
    static boolean isBmp(String s) {
        return !Surrogates.has(s);
    }

    /** Number of Python characters (code points) of {@code s}. */
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
