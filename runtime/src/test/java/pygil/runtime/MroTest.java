package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pygil.runtime.Py.cls;
import static pygil.runtime.Py.error;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Repr;

class MroTest {
    private static String mro(PyType t) {
        return Repr.repr(t.getMroTuple());
    }

    @Test
    void diamond() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        PyType c = cls("C", a);
        PyType d = cls("D", b, c);
        assertEquals("(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, <class '__main__.A'>, <class 'object'>)", mro(d));
    }

    @Test
    void classicC3Example() {
        // The example from the C3 paper / Python docs: class Z(K1, K2, K3).
        PyType o = BuiltinTypes.OBJECT;
        PyType a = cls("A", o);
        PyType b = cls("B", o);
        PyType c = cls("C", o);
        PyType d = cls("D", o);
        PyType e = cls("E", o);
        PyType k1 = cls("K1", a, b, c);
        PyType k2 = cls("K2", d, b, e);
        PyType k3 = cls("K3", d, a);
        PyType z = cls("Z", k1, k2, k3);
        StringBuilder sb = new StringBuilder();
        for (PyType t : z.getMro()) {
            sb.append(t.getName()).append(' ');
        }
        assertEquals("Z K1 K2 K3 D A B C E object ", sb.toString());
    }

    @Test
    void inconsistentMro() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B", error(() -> cls("C", a, b)));
        PyType x = cls("X");
        PyType y = cls("Y");
        PyType p = cls("P", x, y);
        PyType q = cls("Q", y, x);
        assertEquals("TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y", error(() -> cls("R", p, q)));
    }

    @Test
    void baseErrors() {
        PyType a = cls("A");
        assertEquals("TypeError: duplicate base class A", error(() -> cls("D", a, a)));
        assertEquals("TypeError: multiple bases have instance lay-out conflict", error(() -> cls("E", BuiltinTypes.LIST, BuiltinTypes.DICT)));
        assertEquals("TypeError: type 'bool' is not an acceptable base type", error(() -> cls("F", BuiltinTypes.BOOL)));
    }

    @Test
    void exceptionHierarchy() {
        assertEquals("(<class 'KeyError'>, <class 'LookupError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)", mro(ExceptionTypes.KEY_ERROR));
        PyType mine = cls("MyError", ExceptionTypes.VALUE_ERROR);
        assertEquals(true, mine.isSubtypeOf(ExceptionTypes.EXCEPTION));
        assertEquals("<class '__main__.MyError'>", Repr.repr(mine));
        // A plain class mixed with an exception takes the exception's layout.
        PyType mixin = cls("Mixin");
        PyType both = cls("Both", mixin, ExceptionTypes.KEY_ERROR);
        assertEquals("Both", ((pygil.runtime.error.PyBaseException) both.newInstance()).getType().getName());
    }

    @Test
    void lookupCacheInvalidation() {
        PyType a = cls("A");
        PyType b = cls("B", a);
        assertEquals(null, b.lookup("x"));
        a.setAttribute("x", 1L);
        assertEquals(1L, b.lookup("x"));
        b.setAttribute("x", 2L);
        assertEquals(2L, b.lookup("x"));
        b.deleteAttribute("x");
        assertEquals(1L, b.lookup("x"));
        a.getDict().putString("x", 3L);
        assertEquals(3L, b.lookup("x"));
    }
}
