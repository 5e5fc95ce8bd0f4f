package pygil.runtime.builtins;

import static pygil.runtime.builtins.BuiltinTypes.TEXT_IO_WRAPPER;

import pygil.runtime.object.PNone;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.ops.Iter;

/** The methods of {@code io.TextIOWrapper} as far as {@link PyTextStream} implements it. */
final class TextStreamType {
    private TextStreamType() {}

    private static PyTextStream s(Object o) {
        return (PyTextStream) o;
    }

    private static void getter(String name, Methods.F0 f) {
        TEXT_IO_WRAPPER.getDict().putString(name, new PyProperty(new PyBuiltinFunction(name, (a, k) -> f.call(a[0])).makeImmortal(), null, null, null).makeImmortal());
    }

    static void install() {
        TEXT_IO_WRAPPER.getDict().putString("__module__", "_io");
        Methods.def1(TEXT_IO_WRAPPER, "write", (self, text) -> {
            if (!(text instanceof String str)) {
                throw pygil.runtime.error.PyErrors.typeError("write() argument must be str, not " + BuiltinTypes.typeName(text));
            }
            return s(self).write(str);
        });
        Methods.def1(TEXT_IO_WRAPPER, "writelines", (self, lines) -> {
            for (Object l : Iter.toArray(lines)) {
                s(self).write(StrType.str(l, "write() argument must be str"));
            }
            return PNone.NONE;
        });
        Methods.def0(TEXT_IO_WRAPPER, "flush", self -> {
            s(self).flush();
            return PNone.NONE;
        });
        Methods.defN(TEXT_IO_WRAPPER, "readline", 0, 1, (self, a) -> s(self).readline());
        Methods.defN(TEXT_IO_WRAPPER, "read", 0, 1, (self, a) -> s(self).read());
        Methods.def0(TEXT_IO_WRAPPER, "readlines", self -> {
            PyList l = new PyList();
            for (String line = s(self).readline(); !line.isEmpty(); line = s(self).readline()) {
                l.append(line);
            }
            return l;
        });
        Methods.def0(TEXT_IO_WRAPPER, "fileno", self -> (long) s(self).fileno());
        Methods.def0(TEXT_IO_WRAPPER, "isatty", self -> s(self).isatty());
        Methods.def0(TEXT_IO_WRAPPER, "close", self -> {
            s(self).close();
            return PNone.NONE;
        });
        Methods.def0(TEXT_IO_WRAPPER, "writable", self -> !s(self).getName().equals("<stdin>"));
        Methods.def0(TEXT_IO_WRAPPER, "readable", self -> s(self).getName().equals("<stdin>"));
        Methods.def0(TEXT_IO_WRAPPER, "seekable", self -> false);
        Methods.def0(TEXT_IO_WRAPPER, "__iter__", self -> self);
        Methods.def0(TEXT_IO_WRAPPER, "__next__", self -> {
            String line = s(self).readline();
            if (line.isEmpty()) {
                throw pygil.runtime.error.PyErrors.stopIteration(null);
            }
            return line;
        });
        Methods.def0(TEXT_IO_WRAPPER, "__enter__", self -> self);
        Methods.def(TEXT_IO_WRAPPER, "__exit__", (args, kw) -> {
            s(args[0]).close();
            return PNone.NONE;
        });
        Methods.def0(TEXT_IO_WRAPPER, "__repr__", self -> "<_io.TextIOWrapper name='" + s(self).getName() + "' mode='" + (s(self).getName().equals("<stdin>") ? "r" : "w") + "' encoding='utf-8'>");
        getter("encoding", self -> "utf-8");
        getter("errors", self -> "strict");
        getter("name", self -> s(self).getName());
        getter("mode", self -> s(self).getName().equals("<stdin>") ? "r" : "w");
        getter("closed", self -> s(self).isClosed());
        getter("line_buffering", self -> s(self).isLineBuffered());
    }
}
