package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.call;
import static pygil.runtime.Py.error;

import org.junit.jupiter.api.Test;

import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.object.PNone;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Repr;

/**
 * The type-specific attributes of the builtin exceptions (ImportError.name/path,
 * StopIteration.value, SystemExit.code, OSError's errno fields, KeyError's str). Expected values
 * are CPython 3.11's.
 */
class ExceptionAttributesTest {
    private static Object get(Object o, String name) {
        return Attr.getAttr(o, name);
    }

    @Test
    void importError() {
        Object e = Call.call(ExceptionTypes.IMPORT_ERROR, new Object[] {"msg", "mod", "/p"}, new String[] {"name", "path"});
        assertEquals("msg", Repr.str(e));
        assertEquals("mod", get(e, "name"));
        assertEquals("/p", get(e, "path"));
        assertRepr("('msg',)", get(e, "args"));
        assertRepr("ImportError('msg')", e);
        Object plain = call(ExceptionTypes.IMPORT_ERROR);
        assertSame(PNone.NONE, get(plain, "name"));
        assertSame(PNone.NONE, get(plain, "path"));
        Object mnf = Call.call(ExceptionTypes.MODULE_NOT_FOUND_ERROR, new Object[] {"No module named 'x'", "x"}, new String[] {"name"});
        assertEquals("x", get(mnf, "name"));
        assertSame(PNone.NONE, get(mnf, "path"));
        assertEquals("TypeError: 'bogus' is an invalid keyword argument for ImportError()",
                        error(() -> Call.call(ExceptionTypes.IMPORT_ERROR, new Object[] {"m", 1L}, new String[] {"bogus"})));
        Object sub = Call.call(Py.cls("MyIE", ExceptionTypes.IMPORT_ERROR), new Object[] {"x", "n"}, new String[] {"name"});
        assertEquals("n", get(sub, "name"));
    }

    @Test
    void stopIterationAndSystemExit() {
        assertSame(PNone.NONE, get(call(ExceptionTypes.STOP_ITERATION), "value"));
        assertEquals(5L, get(call(ExceptionTypes.STOP_ITERATION, 5L), "value"));
        assertEquals(5L, get(call(ExceptionTypes.STOP_ITERATION, 5L, 6L), "value"));
        assertSame(PNone.NONE, get(call(ExceptionTypes.SYSTEM_EXIT), "code"));
        assertEquals(3L, get(call(ExceptionTypes.SYSTEM_EXIT, 3L), "code"));
        assertRepr("(1, 2)", get(call(ExceptionTypes.SYSTEM_EXIT, 1L, 2L), "code"));
    }

    @Test
    void keyError() {
        assertEquals("'k'", Repr.str(call(ExceptionTypes.KEY_ERROR, "k")));
        assertEquals("", Repr.str(call(ExceptionTypes.KEY_ERROR)));
        assertEquals("(1, 2)", Repr.str(call(ExceptionTypes.KEY_ERROR, 1L, 2L)));
    }

    @Test
    void osErrorFields() {
        Object e = call(ExceptionTypes.OS_ERROR, 2L, "No such file or directory", "x.txt");
        assertSame(ExceptionTypes.FILE_NOT_FOUND_ERROR, pygil.runtime.builtins.BuiltinTypes.typeOf(e));
        assertEquals("[Errno 2] No such file or directory: 'x.txt'", Repr.str(e));
        assertEquals(2L, get(e, "errno"));
        assertEquals("No such file or directory", get(e, "strerror"));
        assertEquals("x.txt", get(e, "filename"));
        assertSame(PNone.NONE, get(e, "filename2"));
        assertRepr("(2, 'No such file or directory')", get(e, "args"));
        Object p = call(ExceptionTypes.OS_ERROR, 13L, "Permission denied");
        assertSame(ExceptionTypes.PERMISSION_ERROR, pygil.runtime.builtins.BuiltinTypes.typeOf(p));
        assertEquals("[Errno 13] Permission denied", Repr.str(p));
        assertSame(ExceptionTypes.IS_A_DIRECTORY_ERROR, pygil.runtime.builtins.BuiltinTypes.typeOf(call(ExceptionTypes.OS_ERROR, 21L, "Is a directory", "d")));
        assertSame(ExceptionTypes.OS_ERROR, pygil.runtime.builtins.BuiltinTypes.typeOf(call(ExceptionTypes.OS_ERROR, 99L, "weird", "f")));
        assertEquals("[Errno 17] File exists: 'a' -> 'b'", Repr.str(call(ExceptionTypes.OS_ERROR, 17L, "File exists", "a", PNone.NONE, "b")));
        Object m = call(ExceptionTypes.OS_ERROR, "just a message");
        assertSame(PNone.NONE, get(m, "errno"));
        assertEquals("just a message", Repr.str(m));
        Object fnf = call(ExceptionTypes.FILE_NOT_FOUND_ERROR, "plain");
        assertSame(PNone.NONE, get(fnf, "errno"));
    }
}
