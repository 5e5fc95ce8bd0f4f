package pygil.runtime.builtins;

import static pygil.runtime.error.ExceptionTypes.ATTRIBUTE_ERROR;
import static pygil.runtime.error.ExceptionTypes.BASE_EXCEPTION;
import static pygil.runtime.error.ExceptionTypes.IMPORT_ERROR;
import static pygil.runtime.error.ExceptionTypes.KEY_ERROR;
import static pygil.runtime.error.ExceptionTypes.NAME_ERROR;
import static pygil.runtime.error.ExceptionTypes.OS_ERROR;
import static pygil.runtime.error.ExceptionTypes.STOP_ITERATION;
import static pygil.runtime.error.ExceptionTypes.SYNTAX_ERROR;
import static pygil.runtime.error.ExceptionTypes.SYSTEM_EXIT;
import static pygil.runtime.error.ExceptionTypes.UNICODE_DECODE_ERROR;
import static pygil.runtime.error.ExceptionTypes.UNICODE_ENCODE_ERROR;

import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Repr;

/**
 * The methods of the builtin exception classes (Equivalent of {@code Objects/exceptions.c}):
 * {@code BaseException.__new__/__init__/__str__/__repr__}, and the type-specific attributes and
 * strs of StopIteration, SystemExit, OSError, SyntaxError, ImportError, KeyError,
 * AttributeError, NameError and the Unicode errors.
 */
public final class ExceptionMethods {
    private ExceptionMethods() {}

    /** Called once by {@code ExceptionTypes}' initializer. */
    public static void install() {
        Methods.defStatic(BASE_EXCEPTION, "__new__", (args, kw) -> {
            PyType cls = (PyType) args[0];
            if (cls == OS_ERROR && args.length - kw.length >= 3) {
                cls = osErrorSubclass(args[1]);
            }
            PyBaseException e = (PyBaseException) cls.newInstance();
            e.setArgs(PyTuple.copyOf(args, 1, args.length - kw.length));
            return e;
        });
        Methods.def(BASE_EXCEPTION, "__init__", (args, kw) -> {
            PyBaseException e = (PyBaseException) args[0];
            Object[] pos = java.util.Arrays.copyOfRange(args, 1, args.length - kw.length);
            PyType solid = builtinAncestor(e.getType());
            if (kw.length > 0 && !acceptsKeywords(solid)) {
                throw PyErrors.typeError(e.getType().getName() + "() takes no keyword arguments");
            }
            e.setArgs(PyTuple.of(pos));
            initAttributes(e, solid, pos, kw, java.util.Arrays.copyOfRange(args, args.length - kw.length, args.length));
            return PNone.NONE;
        });
        Methods.def0(BASE_EXCEPTION, "__str__", self -> str((PyBaseException) self));
        Methods.def0(BASE_EXCEPTION, "__repr__", self -> Repr.exceptionRepr((PyBaseException) self));
        Methods.def1(BASE_EXCEPTION, "with_traceback", (self, tb) -> {
            ((PyBaseException) self).setTraceback(tb == PNone.NONE ? null : tb);
            return self;
        });
        Methods.def1(BASE_EXCEPTION, "add_note", (self, note) -> {
            if (!(note instanceof String)) {
                throw PyErrors.typeError("note must be a str, not '" + BuiltinTypes.typeName(note) + "'");
            }
            PyBaseException e = (PyBaseException) self;
            Object notes = e.getAttribute("__notes__");
            PyList l;
            if (notes instanceof PyList existing) {
                l = existing;
            } else {
                l = new PyList();
                e.setAttribute("__notes__", l);
            }
            l.append(note);
            return PNone.NONE;
        });
    }

    /** The OSError subclass for an errno (Equivalent of CPython's {@code errnomap}), or OSError. */
    public static PyType osErrorSubclass(Object errno) {
        if (!(errno instanceof Long e)) {
            return OS_ERROR;
        }
        switch (e.intValue()) {
            case 11, 114, 115:
                return pygil.runtime.error.ExceptionTypes.BLOCKING_IO_ERROR;
            case 10:
                return pygil.runtime.error.ExceptionTypes.CHILD_PROCESS_ERROR;
            case 32, 108:
                return pygil.runtime.error.ExceptionTypes.BROKEN_PIPE_ERROR;
            case 103:
                return pygil.runtime.error.ExceptionTypes.CONNECTION_ABORTED_ERROR;
            case 111:
                return pygil.runtime.error.ExceptionTypes.CONNECTION_REFUSED_ERROR;
            case 104:
                return pygil.runtime.error.ExceptionTypes.CONNECTION_RESET_ERROR;
            case 17:
                return pygil.runtime.error.ExceptionTypes.FILE_EXISTS_ERROR;
            case 2:
                return pygil.runtime.error.ExceptionTypes.FILE_NOT_FOUND_ERROR;
            case 21:
                return pygil.runtime.error.ExceptionTypes.IS_A_DIRECTORY_ERROR;
            case 20:
                return pygil.runtime.error.ExceptionTypes.NOT_A_DIRECTORY_ERROR;
            case 4:
                return pygil.runtime.error.ExceptionTypes.INTERRUPTED_ERROR;
            case 1, 13:
                return pygil.runtime.error.ExceptionTypes.PERMISSION_ERROR;
            case 3:
                return pygil.runtime.error.ExceptionTypes.PROCESS_LOOKUP_ERROR;
            case 110:
                return pygil.runtime.error.ExceptionTypes.TIMEOUT_ERROR;
            default:
                return OS_ERROR;
        }
    }

    private static boolean acceptsKeywords(PyType solid) {
        return solid == IMPORT_ERROR || solid == ATTRIBUTE_ERROR || solid == NAME_ERROR || solid.isSubtypeOf(IMPORT_ERROR);
    }

    /** The nearest builtin exception class with special attributes (or BaseException). */
    private static PyType builtinAncestor(PyType t) {
        for (PyType m : t.getMro()) {
            if (m == STOP_ITERATION || m == SYSTEM_EXIT || m == OS_ERROR || m == SYNTAX_ERROR || m == IMPORT_ERROR || m == ATTRIBUTE_ERROR || m == NAME_ERROR
                            || m == UNICODE_DECODE_ERROR || m == UNICODE_ENCODE_ERROR || m == KEY_ERROR || m == BASE_EXCEPTION) {
                return m;
            }
        }
        return BASE_EXCEPTION;
    }

    /** Sets the type-specific attributes of an exception made from Java ({@code PyErrors.newException}). */
    public static void initBuiltinAttributes(PyBaseException e, Object[] args) {
        PyType solid = builtinAncestor(e.getType());
        if (solid != BASE_EXCEPTION && solid != KEY_ERROR) {
            initAttributes(e, solid, args, new String[0], new Object[0]);
        }
    }

    private static void initAttributes(PyBaseException e, PyType solid, Object[] args, String[] kwNames, Object[] kwValues) {
        if (solid == STOP_ITERATION) {
            e.setAttribute("value", args.length > 0 ? args[0] : PNone.NONE);
        } else if (solid == SYSTEM_EXIT) {
            e.setAttribute("code", args.length == 0 ? PNone.NONE : args.length == 1 ? args[0] : PyTuple.of(args.clone()));
        } else if (solid == OS_ERROR) {
            initOSError(e, args);
        } else if (solid == SYNTAX_ERROR) {
            initSyntaxError(e, args);
        } else if (solid == IMPORT_ERROR || solid == ATTRIBUTE_ERROR || solid == NAME_ERROR) {
            String[] allowed = solid == IMPORT_ERROR ? new String[] {"name", "path"} : solid == ATTRIBUTE_ERROR ? new String[] {"name", "obj"} : new String[] {"name"};
            for (String a : allowed) {
                e.setAttribute(a, PNone.NONE);
            }
            for (int i = 0; i < kwNames.length; i++) {
                if (!java.util.Arrays.asList(allowed).contains(kwNames[i])) {
                    throw PyErrors.typeError("'" + kwNames[i] + "' is an invalid keyword argument for " + e.getType().getName() + "()");
                }
                e.setAttribute(kwNames[i], kwValues[i]);
            }
            if (solid == IMPORT_ERROR) {
                e.setAttribute("msg", args.length == 1 ? args[0] : PNone.NONE);
            }
        } else if (solid == UNICODE_DECODE_ERROR || solid == UNICODE_ENCODE_ERROR) {
            if (args.length == 5) {
                String[] names = {"encoding", "object", "start", "end", "reason"};
                for (int i = 0; i < 5; i++) {
                    e.setAttribute(names[i], args[i]);
                }
            }
        }
    }

    private static void initOSError(PyBaseException e, Object[] args) {
        Object errno = PNone.NONE;
        Object strerror = PNone.NONE;
        Object filename = PNone.NONE;
        Object filename2 = PNone.NONE;
        if (args.length >= 2 && args.length <= 5) {
            errno = args[0];
            strerror = args[1];
            if (args.length >= 3) {
                filename = args[2];
                if (args.length == 5) {
                    filename2 = args[4];
                }
                e.setArgs(PyTuple.of(errno, strerror));
            }
        }
        e.setAttribute("errno", errno);
        e.setAttribute("strerror", strerror);
        e.setAttribute("filename", filename);
        e.setAttribute("filename2", filename2);
    }

    private static void initSyntaxError(PyBaseException e, Object[] args) {
        String[] names = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"};
        for (String n : names) {
            e.setAttribute(n, PNone.NONE);
        }
        if (args.length >= 1) {
            e.setAttribute("msg", args[0]);
        }
        if (args.length == 2) {
            Object[] info = pygil.runtime.ops.Iter.toArray(args[1]);
            if (info.length < 4 || info.length > 6) {
                throw PyErrors.indexError("tuple index out of range");
            }
            for (int i = 0; i < info.length; i++) {
                e.setAttribute(names[i + 1], info[i]);
            }
        }
    }

    /** {@code str(e)} for the builtin exception classes. */
    public static String str(PyBaseException e) {
        PyType solid = builtinAncestor(e.getType());
        PyTuple args = e.getArgs();
        if (solid == KEY_ERROR && args.size() == 1) {
            return Repr.repr(args.get(0));
        }
        if (solid == OS_ERROR) {
            Object errno = e.getAttribute("errno");
            Object strerror = e.getAttribute("strerror");
            Object filename = e.getAttribute("filename");
            Object filename2 = e.getAttribute("filename2");
            if (filename2 != null && filename2 != PNone.NONE) {
                return "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror) + ": " + Repr.repr(filename) + " -> " + Repr.repr(filename2);
            }
            if (filename != null && filename != PNone.NONE) {
                return "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror) + ": " + Repr.repr(filename);
            }
            if (errno != null && errno != PNone.NONE && strerror != null && strerror != PNone.NONE) {
                return "[Errno " + Repr.str(errno) + "] " + Repr.str(strerror);
            }
        }
        if (solid == SYNTAX_ERROR) {
            Object msg = e.getAttribute("msg");
            Object filename = e.getAttribute("filename");
            Object lineno = e.getAttribute("lineno");
            String m = Repr.str(msg == null ? PNone.NONE : msg);
            boolean hasFile = filename instanceof String;
            boolean hasLine = lineno instanceof Long;
            String base = hasFile ? baseName((String) filename) : null;
            if (hasFile && hasLine) {
                return m + " (" + base + ", line " + lineno + ")";
            }
            if (hasFile) {
                return m + " (" + base + ")";
            }
            if (hasLine) {
                return m + " (line " + lineno + ")";
            }
            return m;
        }
        if (solid == IMPORT_ERROR) {
            Object msg = e.getAttribute("msg");
            if (msg != null && msg != PNone.NONE) {
                return Repr.str(msg);
            }
        }
        if ((solid == UNICODE_DECODE_ERROR || solid == UNICODE_ENCODE_ERROR) && e.getAttribute("reason") != null) {
            return unicodeErrorStr(e, solid == UNICODE_DECODE_ERROR);
        }
        return e.defaultStr();
    }

    private static String baseName(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? path : path.substring(i + 1);
    }

    private static String unicodeErrorStr(PyBaseException e, boolean decode) {
        String encoding = Repr.str(e.getAttribute("encoding"));
        Object obj = e.getAttribute("object");
        long start = (Long) e.getAttribute("start");
        long end = (Long) e.getAttribute("end");
        String reason = Repr.str(e.getAttribute("reason"));
        if (decode) {
            if (end == start + 1 && obj instanceof PyBytes b && start < b.bytes.length) {
                return "'" + encoding + "' codec can't decode byte 0x" + String.format("%02x", b.bytes[(int) start] & 0xff) + " in position " + start + ": " + reason;
            }
            return "'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
        }
        if (end == start + 1 && obj instanceof String s) {
            int cp = s.codePointAt(s.offsetByCodePoints(0, (int) start));
            String esc = cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            return "'" + encoding + "' codec can't encode character '" + esc + "' in position " + start + ": " + reason;
        }
        return "'" + encoding + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + reason;
    }
}
