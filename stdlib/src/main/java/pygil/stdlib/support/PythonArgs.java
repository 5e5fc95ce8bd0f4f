package pygil.stdlib.support;

import java.util.ArrayList;

import pygil.runtime.error.PyErrors;

/**
 * Binds the arguments of a builtin that CPython implements in Python (e.g. {@code os.makedirs},
 * {@code posixpath.join}), with the messages of a Python function's call:
 * "exists() missing 1 required positional argument: 'path'", "f() takes from 1 to 2
 * positional arguments but 3 were given", "f() got an unexpected keyword argument 'x'".
 * Only positional-or-keyword parameters are supported.
 */
public final class PythonArgs {
    private PythonArgs() {}

    /**
     * @param names the parameters, in order
     * @param required how many leading parameters have no default
     * @return the values by parameter, null where absent (the caller supplies the default)
     */
    public static Object[] bind(String fname, Object[] args, String[] kwNames, String[] names, int required) {
        int npos = args.length - kwNames.length;
        Object[] out = new Object[names.length];
        System.arraycopy(args, 0, out, 0, Math.min(npos, names.length));
        for (int k = 0; k < kwNames.length; k++) {
            String kw = kwNames[k];
            int j = indexOf(names, kw);
            if (j < 0) {
                throw PyErrors.typeError(fname + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (out[j] != null) {
                throw PyErrors.typeError(fname + "() got multiple values for argument '" + kw + "'");
            }
            out[j] = args[npos + k];
        }
        if (npos > names.length) {
            String count = required == names.length ? Integer.toString(names.length) : "from " + required + " to " + names.length;
            boolean plural = required != names.length || names.length != 1;
            throw PyErrors.typeError(fname + "() takes " + count + " positional argument" + (plural ? "s" : "") + " but " + npos + (npos == 1 ? " was" : " were") + " given");
        }
        ArrayList<String> missing = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                missing.add("'" + names[i] + "'");
            }
        }
        if (!missing.isEmpty()) {
            int n = missing.size();
            String list = n == 1 ? missing.get(0)
                            : n == 2 ? missing.get(0) + " and " + missing.get(1) : String.join(", ", missing.subList(0, n - 1)) + ", and " + missing.get(n - 1);
            throw PyErrors.typeError(fname + "() missing " + n + " required positional argument" + (n == 1 ? "" : "s") + ": " + list);
        }
        return out;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
