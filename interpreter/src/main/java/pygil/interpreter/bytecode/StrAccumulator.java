package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A str being built by {@code s += t} in a fast local (Equivalent of what CPython's
 * {@code unicode_concatenate} achieves by resizing the str in place when the variable holds its
 * only reference): appending to it costs the length of {@code t}, not of {@code s}, so a loop
 * of {@code +=} is linear instead of quadratic.
 *
 * <h2>Design notes</h2>
 * <ul>
 * <li>It is never a Python value. Only {@code InplaceAddFast} creates one, and only the local
 * slot that receives its result holds it: every other read of a local ({@code LoadFast},
 * {@code locals()}) goes through {@link #value()} and sees a {@code java.lang.String}. The one
 * raw read is {@code LoadFastRaw}, whose value goes straight back into {@code InplaceAddFast}.
 * So appending in place is unobservable: whoever read {@code s} before holds the older String.</li>
 * <li>{@link #value()} keeps the String it built until the next append: reading {@code s} twice
 * gives the same object ({@code is}, {@code id()}), and reading it in a loop that also appends
 * costs one copy per read, as the old {@code concat} did per append.</li>
 * <li>Only for results of at least {@link #MIN_LENGTH} chars: shorter strings concatenate faster
 * than a builder is set up.</li>
 * <li>Not a counted object: storing it into, or clearing, a counted local is a no-op for the
 * reference counts, as for any String.</li>
 * </ul>
 */
public final class StrAccumulator {
    /** Results shorter than this stay plain Strings. */
    static final int MIN_LENGTH = 256;

    private final StringBuilder builder;
    /** The String equal to the builder's contents, or null after an append. */
    private String value;

    private StrAccumulator(String a, String b) {
        builder = new StringBuilder(Math.max(2 * (a.length() + b.length()), 2 * MIN_LENGTH));
        builder.append(a).append(b);
    }

    /** {@code a + b}: a String, or an accumulator when the result is long. */
    public static Object concat(String a, String b) {
        if (a.length() + b.length() < MIN_LENGTH) {
            return a.concat(b);
        }
        return create(a, b);
    }

    @TruffleBoundary
    private static StrAccumulator create(String a, String b) {
        return new StrAccumulator(a, b);
    }

    /** Appends in place (the slot holds the only reference, see the design notes). */
    @TruffleBoundary
    public StrAccumulator append(String s) {
        builder.append(s);
        value = null;
        return this;
    }

    /** The str this accumulator stands for. */
    public String value() {
        String v = value;
        return v != null ? v : build();
    }

    @TruffleBoundary
    private String build() {
        String v = builder.toString();
        value = v;
        return v;
    }

    /** {@code o}, or the str it stands for if it is an accumulator. */
    public static Object unwrap(Object o) {
        return o instanceof StrAccumulator a ? a.value() : o;
    }
}
