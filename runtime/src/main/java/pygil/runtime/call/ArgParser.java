package pygil.runtime.call;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.error.PyErrors;

/**
 * Argument checking for builtins, with the three families of CPython messages (they differ by
 * how the CPython function is declared):
 * <ul>
 * <li>{@link #one}: {@code METH_O}, "len() takes exactly one argument (2 given)";</li>
 * <li>{@link #unpack}: {@code PyArg_UnpackTuple}, "divmod expected 2 arguments, got 1";</li>
 * <li>{@link #parse}: Argument Clinic with keywords, "round() takes at most 2 arguments (3
 * given)", "'k' is an invalid keyword argument for sort()".</li>
 * </ul>
 * All of them use the builtin calling convention (positional arguments first, then the
 * keyword values named by {@code kwNames}).
 */
public final class ArgParser {
    private ArgParser() {}

    /** The single positional argument of a {@code METH_O} builtin named {@code fname}. */
    public static Object one(String fname, Object[] args, String[] kwNames) {
        if (kwNames.length != 0 || args.length != 1) {
            throw oneError(fname, args, kwNames);
        }
        return args[0];
    }

    @TruffleBoundary
    private static RuntimeException oneError(String fname, Object[] args, String[] kwNames) {
        if (kwNames.length != 0) {
            return PyErrors.typeError(fname + "() takes no keyword arguments");
        }
        return PyErrors.typeError(fname + "() takes exactly one argument (" + args.length + " given)");
    }

    /** Rejects keyword arguments: "fname() takes no keyword arguments". */
    public static void noKeywords(String fname, String[] kwNames) {
        if (kwNames.length != 0) {
            throw PyErrors.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** "fname() takes no arguments (n given)" unless empty. */
    public static void none(String fname, Object[] args, String[] kwNames) {
        noKeywords(fname, kwNames);
        if (args.length != 0) {
            throw PyErrors.typeError(fname + "() takes no arguments (" + args.length + " given)");
        }
    }

    /**
     * Checks {@code min <= args.length <= max} with {@code PyArg_UnpackTuple}'s messages (no
     * keywords allowed) and returns the args.
     */
    public static Object[] unpack(String fname, Object[] args, String[] kwNames, int min, int max) {
        noKeywords(fname, kwNames);
        int n = args.length;
        if (n < min || n > max) {
            throw unpackError(fname, n, min, max);
        }
        return args;
    }

    @TruffleBoundary
    private static RuntimeException unpackError(String fname, int n, int min, int max) {
        if (min == max) {
            return PyErrors.typeError(fname + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n < min) {
            return PyErrors.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        return PyErrors.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    /**
     * Parses positional-or-keyword parameters (Argument Clinic style). Returns an array of
     * {@code names.length} values with null for the absent optional ones.
     *
     * @param names parameter names in order
     * @param posOnly how many leading parameters are positional-only
     * @param maxPositional how many may be passed positionally (the rest are keyword-only)
     * @param required how many leading parameters are required
     */
    @TruffleBoundary
    public static Object[] parse(String fname, Object[] args, String[] kwNames, String[] names, int posOnly, int maxPositional, int required) {
        int npos = args.length - kwNames.length;
        if (args.length > names.length) {
            throw PyErrors.typeError(fname + "() takes at most " + names.length + " argument" + (names.length == 1 ? "" : "s") + " (" + args.length + " given)");
        }
        if (npos > maxPositional) {
            if (maxPositional == 0) {
                throw PyErrors.typeError(fname + "() takes no positional arguments");
            }
            throw PyErrors.typeError(fname + "() takes at most " + maxPositional + " positional argument" + (maxPositional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < kwNames.length; k++) {
            String kw = kwNames[k];
            int j = -1;
            for (int i = posOnly; i < names.length; i++) {
                if (names[i].equals(kw)) {
                    j = i;
                    break;
                }
            }
            if (j < 0) {
                throw PyErrors.typeError("'" + kw + "' is an invalid keyword argument for " + fname + "()");
            }
            if (out[j] != null) {
                throw PyErrors.typeError("argument for " + fname + "() given by name ('" + kw + "') and position (" + (j + 1) + ")");
            }
            out[j] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (i < maxPositional) {
                    throw PyErrors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
                }
                throw PyErrors.typeError(fname + "() missing required keyword-only argument '" + names[i] + "'");
            }
        }
        return out;
    }

    /** The number of positional arguments in a builtin call. */
    public static int positionalCount(Object[] args, String[] kwNames) {
        return args.length - kwNames.length;
    }
}
