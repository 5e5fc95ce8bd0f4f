package pygil.runtime.call;

import java.util.ArrayList;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.Signature;
import pygil.runtime.ops.Repr;

/**
 * Binds call arguments to a Python function's parameters (Equivalent of CPython 3.11's
 * {@code initialize_locals} in {@code ceval.c}), producing the frame arguments:
 * {@code frameArgs[0]} is the function, then one entry per {@link Signature#paramNames}
 * ({@code *args} as a tuple, {@code **kwargs} as a dict). Error messages are CPython 3.11's,
 * using the function's qualname.
 */
public final class ArgBinder {
    private ArgBinder() {}

    /** The {@code kwNames} of a call without keyword arguments. */
    public static final String[] NO_KEYWORDS = new String[0];

    /**
     * @param args positional arguments followed by the values of the keyword arguments
     * @param kwNames the keyword names (the last {@code kwNames.length} entries of args)
     */
    public static Object[] bind(PyFunction f, Object[] args, String[] kwNames) {
        Signature sig = f.code.signature;
        int npos = args.length - kwNames.length;
        if (kwNames.length == 0 && npos == sig.argCount && sig.isSimple()) {
            Object[] frame = new Object[1 + npos];
            frame[0] = f;
            System.arraycopy(args, 0, frame, 1, npos);
            return frame;
        }
        return bindSlow(f, sig, args, kwNames, npos);
    }

    @TruffleBoundary
    private static Object[] bindSlow(PyFunction f, Signature sig, Object[] args, String[] kwNames, int npos) {
        String[] names = sig.paramNames;
        Object[] frame = new Object[1 + names.length];
        frame[0] = f;
        int argc = sig.argCount;
        int ncopy = Math.min(npos, argc);
        System.arraycopy(args, 0, frame, 1, ncopy);
        if (sig.hasVarArgs) {
            frame[1 + sig.varArgsIndex()] = npos > argc ? PyTuple.copyOf(args, argc, npos) : PyTuple.EMPTY;
        }
        PyDict kwargs = null;
        if (sig.hasVarKeywords) {
            kwargs = new PyDict();
            frame[1 + sig.varKeywordsIndex()] = kwargs;
        }
        int kwStart = sig.kwOnlyStart();
        int kwEnd = kwStart + sig.kwOnlyCount;
        for (int k = 0; k < kwNames.length; k++) {
            String kw = kwNames[k];
            Object value = args[npos + k];
            int j = findParam(names, kw, sig.posOnlyCount, argc, kwStart, kwEnd);
            if (j < 0) {
                if (kwargs == null) {
                    if (sig.posOnlyCount > 0) {
                        posOnlyPassedAsKeyword(f, sig, kwNames);
                    }
                    throw PyErrors.typeError(f.qualname + "() got an unexpected keyword argument '" + kw + "'");
                }
                kwargs.putString(kw, value);
                continue;
            }
            if (frame[1 + j] != null) {
                throw PyErrors.typeError(f.qualname + "() got multiple values for argument '" + kw + "'");
            }
            frame[1 + j] = value;
        }
        if (npos > argc && !sig.hasVarArgs) {
            throw tooManyPositional(f, sig, npos, frame);
        }
        if (npos < argc) {
            Object[] defs = f.defaults;
            int defcount = defs.length;
            int m = argc - defcount;
            int missing = 0;
            for (int i = npos; i < m; i++) {
                if (frame[1 + i] == null) {
                    missing++;
                }
            }
            if (missing > 0) {
                throw missingArguments(f, names, frame, 0, m, "positional");
            }
            for (int i = Math.max(0, npos - m); i < defcount; i++) {
                if (frame[1 + m + i] == null) {
                    frame[1 + m + i] = defs[i];
                }
            }
        }
        if (sig.kwOnlyCount > 0) {
            boolean missing = false;
            for (int i = kwStart; i < kwEnd; i++) {
                if (frame[1 + i] != null) {
                    continue;
                }
                Object def = f.kwDefaults == null ? null : f.kwDefaults.getString(names[i]);
                if (def != null) {
                    frame[1 + i] = def;
                } else {
                    missing = true;
                }
            }
            if (missing) {
                throw missingArguments(f, names, frame, kwStart, kwEnd, "keyword-only");
            }
        }
        return frame;
    }

    private static int findParam(String[] names, String kw, int posOnly, int argc, int kwStart, int kwEnd) {
        for (int j = posOnly; j < argc; j++) {
            if (names[j].equals(kw)) {
                return j;
            }
        }
        for (int j = kwStart; j < kwEnd; j++) {
            if (names[j].equals(kw)) {
                return j;
            }
        }
        return -1;
    }

    private static void posOnlyPassedAsKeyword(PyFunction f, Signature sig, String[] kwNames) {
        StringBuilder sb = null;
        for (int k = 0; k < sig.posOnlyCount; k++) {
            for (String kw : kwNames) {
                if (kw.equals(sig.paramNames[k])) {
                    sb = sb == null ? new StringBuilder() : sb.append(", ");
                    sb.append(kw);
                }
            }
        }
        if (sb != null) {
            throw PyErrors.typeError(f.qualname + "() got some positional-only arguments passed as keyword arguments: '" + sb + "'");
        }
    }

    private static RuntimeException tooManyPositional(PyFunction f, Signature sig, int given, Object[] frame) {
        int argc = sig.argCount;
        int kwonlyGiven = 0;
        for (int i = sig.kwOnlyStart(); i < sig.kwOnlyStart() + sig.kwOnlyCount; i++) {
            if (frame[1 + i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = f.defaults.length;
        String s;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            s = "from " + (argc - defcount) + " to " + argc;
        } else {
            plural = argc != 1;
            s = Integer.toString(argc);
        }
        String kwonly = kwonlyGiven == 0 ? ""
                        : " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return PyErrors.typeError(f.qualname + "() takes " + s + " positional argument" + (plural ? "s" : "") + " but " + given + kwonly + " "
                        + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private static RuntimeException missingArguments(PyFunction f, String[] names, Object[] frame, int start, int end, String kind) {
        ArrayList<String> missing = new ArrayList<>();
        for (int i = start; i < end; i++) {
            if (frame[1 + i] == null) {
                missing.add(Repr.repr(names[i]));
            }
        }
        int n = missing.size();
        String list;
        if (n == 1) {
            list = missing.get(0);
        } else if (n == 2) {
            list = missing.get(0) + " and " + missing.get(1);
        } else {
            list = String.join(", ", missing.subList(0, n - 2)) + ", " + missing.get(n - 2) + ", and " + missing.get(n - 1);
        }
        return PyErrors.typeError(f.qualname + "() missing " + n + " required " + kind + " argument" + (n == 1 ? "" : "s") + ": " + list);
    }
}
