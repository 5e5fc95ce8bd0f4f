package pygil.runtime.text;

/**
 * Whether a Java string holds surrogate pairs (characters outside the BMP), in which case
 * Python indices (code points) and Java indices (UTF-16 units) differ and indexing must count.
 *
 * <p>Design notes: finding out costs a scan of the string, which made every {@code s[i]} and
 * {@code len(s)} O(len(s)) and loops over a string's indices quadratic. The answers for the few
 * most recently asked long strings are remembered, by identity, in a tiny table of immutable
 * entries: a reader sees either an old or a new entry, never a torn one, so it is safe without
 * the GIL, and a miss only costs the scan it would have cost anyway. Short strings are just
 * scanned.
 */
public final class Surrogates {
    private record Entry(String s, boolean has) {}

    private static final int SIZE = 8;
    private static final int SHORT = 64;
    private static final Entry[] recent = new Entry[SIZE];
    private static int next;

    private Surrogates() {}

    /** True if {@code s} contains a surrogate. */
    public static boolean has(String s) {
        if (s.length() < SHORT) {
            return scan(s);
        }
        for (Entry e : recent) {
            if (e != null && e.s == s) {
                return e.has;
            }
        }
        boolean h = scan(s);
        recent[next++ & (SIZE - 1)] = new Entry(s, h);
        return h;
    }

    private static boolean scan(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
