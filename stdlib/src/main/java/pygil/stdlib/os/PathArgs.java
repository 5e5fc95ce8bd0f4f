package pygil.stdlib.os;

import java.nio.charset.StandardCharsets;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyType;
import pygil.runtime.object.PyValueSub;

/**
 * Path arguments: {@code os.fspath} (Equivalent of {@code PyOS_FSPath}) and the
 * {@code path_converter} of {@code posixmodule.c}, which names the function and the argument
 * in its messages ("mkdir: path should be string, bytes or os.PathLike, not float"). Bytes paths
 * are decoded as UTF-8.
 */
final class PathArgs {
    private PathArgs() {}

    /** A converted path: its text, whether it was given as bytes, and the object given (for errors). */
    record PathArg(String path, boolean isBytes, Object original) {
        /** A name in this path's type: bytes for a bytes path. */
        Object wrap(String name) {
            return isBytes ? new PyBytes(name.getBytes(StandardCharsets.UTF_8)) : name;
        }
    }

    /** {@code os.fspath(path)}: a str or bytes; {@code __fspath__} for path-like objects. */
    static Object fspath(Object path) {
        Object r = fspathOrNull(path);
        if (r == null) {
            throw PyErrors.typeError("expected str, bytes or os.PathLike object, not " + PyErrors.typeName(path));
        }
        return r;
    }

    /** {@link #fspath}, or null if {@code path} is neither str, bytes nor path-like. */
    static Object fspathOrNull(Object path) {
        if (path instanceof String || path instanceof PyBytes) {
            return path;
        }
        if (path instanceof PyValueSub v && v.value instanceof String s) {
            return s;
        }
        PyType t = BuiltinTypes.typeOf(path);
        Object method = t.lookup("__fspath__");
        if (method == null) {
            return null;
        }
        Object r = PyValueSub.unwrap(Call.callUnbound(method, path, t, new Object[0]));
        if (!(r instanceof String || r instanceof PyBytes)) {
            throw PyErrors.typeError("expected " + t.getName() + ".__fspath__() to return str or bytes, not " + PyErrors.typeName(r));
        }
        return r;
    }

    /** The text of a str-or-bytes path (bytes decoded as UTF-8). */
    static String text(Object strOrBytes) {
        return strOrBytes instanceof PyBytes b ? new String(b.bytes, StandardCharsets.UTF_8) : (String) strOrBytes;
    }

    /**
     * Equivalent of {@code path_converter} for {@code fname}'s argument {@code argName};
     * {@code accepts} completes the message: "string, bytes or os.PathLike",
     * "string, bytes, os.PathLike or integer", ...
     */
    static PathArg convert(String fname, String argName, Object o, String accepts) {
        Object p = fspathOrNull(o);
        if (p == null) {
            throw PyErrors.typeError(fname + ": " + argName + " should be " + accepts + ", not " + PyErrors.typeName(o));
        }
        String s = text(p);
        if (s.indexOf('\0') >= 0) {
            throw PyErrors.valueError("embedded null byte");
        }
        return new PathArg(s, p instanceof PyBytes, o);
    }

    /** {@link #convert} for a plain path argument named "path". */
    static PathArg path(String fname, Object o) {
        return convert(fname, "path", o, "string, bytes or os.PathLike");
    }
}
