package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.TEXT_IO_WRAPPER;

import pygil.runtime.error.PyErrors;
import pygil.runtime.io.IOErrors;
import pygil.runtime.io.PyTextFile;
import pygil.runtime.io.TextIO;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyValueSub;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Numbers;
import pygil.runtime.ops.Repr;

/**
 * The methods of {@code io.TextIOWrapper} (Equivalent of {@code Modules/_io/textio.c}'s table),
 * over {@link TextIO}: files opened in text mode ({@link PyTextFile}) and the standard streams
 * ({@link PyTextStream}, through {@link StreamIO}).
 */
final class TextStreamType {
    private TextStreamType() {}

    /** The {@link TextIO} view of a TextIOWrapper instance. */
    static TextIO io(Object o) {
        return o instanceof TextIO t ? t : new StreamIO((PyTextStream) o);
    }

    private static void getter(String name, Methods.F0 f) {
        TEXT_IO_WRAPPER.getDict().putString(name, new PyProperty(new PyBuiltinFunction(name, (a, k) -> f.call(a[0])).makeImmortal(), null, null, null).makeImmortal());
    }

    /** An optional size argument: absent or None gives -1. */
    private static long size(Object[] a) {
        return a.length == 0 || a[0] == PNone.NONE ? -1 : Numbers.asLong(a[0]);
    }

    private static String text(Object o) {
        if (PyValueSub.unwrap(o) instanceof String s) {
            return s;
        }
        throw PyErrors.typeError("write() argument must be str, not " + BuiltinTypes.typeName(o));
    }

    static void install() {
        TEXT_IO_WRAPPER.getDict().putString("__module__", "_io");
        Methods.def1(TEXT_IO_WRAPPER, "write", (self, t) -> io(self).write(text(t)));
        Methods.def1(TEXT_IO_WRAPPER, "writelines", (self, lines) -> {
            TextIO f = io(self);
            for (Object l : Iter.toArray(lines)) {
                f.write(text(l));
            }
            return PNone.NONE;
        });
        Methods.def0(TEXT_IO_WRAPPER, "flush", self -> {
            io(self).flush();
            return PNone.NONE;
        });
        Methods.defN(TEXT_IO_WRAPPER, "readline", 0, 1, (self, a) -> io(self).readline(a.length == 0 ? -1 : Numbers.asLong(a[0])));
        Methods.defN(TEXT_IO_WRAPPER, "read", 0, 1, (self, a) -> io(self).read(size(a)));
        Methods.defN(TEXT_IO_WRAPPER, "readlines", 0, 1, (self, a) -> {
            TextIO f = io(self);
            long hint = size(a);
            PyList l = new PyList();
            long total = 0;
            for (String line = f.readline(-1); !line.isEmpty(); line = f.readline(-1)) {
                l.append(line);
                total += line.length();
                if (hint > 0 && total >= hint) {
                    break;
                }
            }
            return l;
        });
        Methods.defN(TEXT_IO_WRAPPER, "seek", 1, 2, (self, a) -> io(self).seek(Numbers.asLong(a[0]), a.length > 1 ? (int) Numbers.asLong(a[1]) : 0));
        Methods.def0(TEXT_IO_WRAPPER, "tell", self -> io(self).tell());
        Methods.defN(TEXT_IO_WRAPPER, "truncate", 0, 1, (self, a) -> {
            if (!(self instanceof PyTextFile f)) {
                throw IOErrors.unsupported("truncate");
            }
            f.flush();
            return f.truncate(size(a));
        });
        Methods.def0(TEXT_IO_WRAPPER, "fileno", self -> io(self).fileno());
        Methods.def0(TEXT_IO_WRAPPER, "isatty", self -> io(self).isatty());
        Methods.def0(TEXT_IO_WRAPPER, "close", self -> {
            io(self).close();
            return PNone.NONE;
        });
        Methods.def0(TEXT_IO_WRAPPER, "writable", self -> io(self).writable());
        Methods.def0(TEXT_IO_WRAPPER, "readable", self -> io(self).readable());
        Methods.def0(TEXT_IO_WRAPPER, "seekable", self -> io(self).seekable());
        Methods.def0(TEXT_IO_WRAPPER, "__iter__", self -> {
            checkOpen(self);
            return self;
        });
        Methods.def0(TEXT_IO_WRAPPER, "__next__", self -> {
            String line = io(self).readline(-1);
            if (line.isEmpty()) {
                throw PyErrors.stopIteration(null);
            }
            return line;
        });
        Methods.def0(TEXT_IO_WRAPPER, "__enter__", self -> {
            checkOpen(self);
            return self;
        });
        Methods.def(TEXT_IO_WRAPPER, "__exit__", (args, kw) -> {
            io(args[0]).close();
            return PNone.NONE;
        });
        Methods.def0(TEXT_IO_WRAPPER, "__repr__", self -> io(self).repr());
        getter("encoding", self -> io(self).encoding());
        getter("errors", self -> io(self).errors());
        getter("name", self -> io(self).name());
        getter("mode", self -> io(self).mode());
        getter("closed", self -> io(self).isClosed());
        getter("line_buffering", self -> io(self).lineBuffering());
    }

    private static void checkOpen(Object self) {
        if (io(self).isClosed()) {
            throw IOErrors.closed();
        }
    }

    /** A standard stream seen as {@link TextIO}: not seekable; {@code read(n)} reads everything. */
    private record StreamIO(PyTextStream s) implements TextIO {
        private boolean isStdin() {
            return s.getName().equals("<stdin>");
        }

        @Override
        public Object name() {
            return s.getName();
        }

        @Override
        public String mode() {
            return isStdin() ? "r" : "w";
        }

        @Override
        public String encoding() {
            return "utf-8";
        }

        @Override
        public String errors() {
            return "strict";
        }

        @Override
        public boolean isClosed() {
            return s.isClosed();
        }

        @Override
        public boolean lineBuffering() {
            return s.isLineBuffered();
        }

        @Override
        public boolean readable() {
            return isStdin();
        }

        @Override
        public boolean writable() {
            return !isStdin();
        }

        @Override
        public boolean seekable() {
            return false;
        }

        @Override
        public boolean isatty() {
            return s.isatty();
        }

        @Override
        public long fileno() {
            return s.fileno();
        }

        @Override
        public long write(String text) {
            return s.write(text);
        }

        @Override
        public void flush() {
            s.flush();
        }

        @Override
        public String read(long n) {
            return s.read();
        }

        @Override
        public String readline(long limit) {
            return s.readline();
        }

        @Override
        public long seek(long cookie, int whence) {
            throw IOErrors.unsupported("underlying stream is not seekable");
        }

        @Override
        public long tell() {
            throw IOErrors.unsupported("underlying stream is not seekable");
        }

        @Override
        public void close() {
            s.close();
        }

        @Override
        public String repr() {
            return "<_io.TextIOWrapper name=" + Repr.repr(s.getName()) + " mode='" + mode() + "' encoding='utf-8'>";
        }
    }
}
