package pygil.runtime.io;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.Methods;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.BytesLike;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;

/**
 * The types of binary files and their methods (Equivalent of {@code _io.BufferedReader}
 * ('rb'), {@code _io.BufferedWriter} ('wb', 'ab', 'xb') and {@code _io.BufferedRandom} (with
 * '+'), from {@code Modules/_io/bufferedio.c}); all three are {@link PyBinaryFile}s.
 */
public final class BinaryFileTypes {
    private BinaryFileTypes() {}

    public static final PyType BUFFERED_READER = make("BufferedReader");
    public static final PyType BUFFERED_WRITER = make("BufferedWriter");
    public static final PyType BUFFERED_RANDOM = make("BufferedRandom");

    static {
        for (PyType t : new PyType[] {BUFFERED_READER, BUFFERED_WRITER, BUFFERED_RANDOM}) {
            install(t);
        }
    }

    private static PyType make(String name) {
        PyType t = new PyType(name, BuiltinTypes.OBJECT, PyType.Layout.BUILTIN, false);
        t.getDict().putString("__module__", "_io");
        return t;
    }

    /** The type of a binary file opened with {@code mode}. */
    static PyType typeFor(OpenMode mode) {
        return mode.updating ? BUFFERED_RANDOM : mode.reading ? BUFFERED_READER : BUFFERED_WRITER;
    }

    private static PyBinaryFile f(Object o) {
        return (PyBinaryFile) o;
    }

    /** An optional size argument: absent or None gives -1. */
    private static long size(Object[] a) {
        return a.length == 0 || a[0] == PNone.NONE ? -1 : Numbers.asLong(a[0]);
    }

    private static byte[] data(Object b) {
        byte[] d = BytesLike.viewOrNull(b);
        if (d == null) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + BuiltinTypes.typeName(b) + "'");
        }
        return d;
    }

    private static void getter(PyType t, String name, Methods.F0 fn) {
        t.getDict().putString(name, new PyProperty(new PyBuiltinFunction(name, (a, k) -> fn.call(a[0])).makeImmortal(), null, null, null).makeImmortal());
    }

    private static void install(PyType t) {
        Methods.defN(t, "read", 0, 1, (self, a) -> f(self).read(size(a)));
        Methods.defN(t, "read1", 0, 1, (self, a) -> f(self).read(size(a)));
        Methods.defN(t, "readline", 0, 1, (self, a) -> f(self).readline(size(a)));
        Methods.defN(t, "readlines", 0, 1, (self, a) -> f(self).readlines(size(a)));
        Methods.def1(t, "write", (self, b) -> f(self).write(data(b)));
        Methods.def1(t, "writelines", (self, lines) -> {
            for (Object l : Iter.toArray(lines)) {
                f(self).write(data(l));
            }
            return PNone.NONE;
        });
        Methods.def0(t, "flush", self -> {
            f(self).flush();
            return PNone.NONE;
        });
        Methods.defN(t, "seek", 1, 2, (self, a) -> {
            long whence = a.length > 1 ? Numbers.asLong(a[1]) : 0;
            if (whence < 0 || whence > 2) {
                throw PyErrors.valueError("invalid whence (" + whence + ", should be 0, 1 or 2)");
            }
            return f(self).seek(Numbers.asLong(a[0]), (int) whence);
        });
        Methods.def0(t, "tell", self -> f(self).tell());
        Methods.defN(t, "truncate", 0, 1, (self, a) -> f(self).truncate(size(a)));
        Methods.def0(t, "close", self -> {
            f(self).close();
            return PNone.NONE;
        });
        Methods.def0(t, "fileno", self -> f(self).fileno());
        Methods.def0(t, "isatty", self -> {
            f(self).fileno();
            return false;
        });
        Methods.def0(t, "readable", self -> f(self).readable());
        Methods.def0(t, "writable", self -> f(self).writable());
        Methods.def0(t, "seekable", self -> {
            f(self).fileno();
            return true;
        });
        Methods.def0(t, "__iter__", self -> {
            checkOpen(self);
            return self;
        });
        Methods.def0(t, "__next__", self -> {
            PyBytes line = f(self).readline(-1);
            if (line.size() == 0) {
                throw PyErrors.stopIteration(null);
            }
            return line;
        });
        Methods.def0(t, "__enter__", self -> {
            checkOpen(self);
            return self;
        });
        Methods.def(t, "__exit__", (args, kw) -> {
            f(args[0]).close();
            return PNone.NONE;
        });
        Methods.def0(t, "__repr__", self -> "<_io." + t.getName() + " name=" + Repr.repr(f(self).name()) + ">");
        getter(t, "name", self -> f(self).name());
        getter(t, "mode", self -> f(self).mode());
        getter(t, "closed", self -> f(self).isClosed());
    }

    private static void checkOpen(Object self) {
        if (f(self).isClosed()) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
    }
}
