package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.error;

import org.junit.jupiter.api.Test;

import pygil.runtime.call.Call;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.object.Signature;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Iter;

class SlotsAndCallsTest {
    private static PyType slotted(String name, Object slots, PyType... bases) {
        PyDict ns = new PyDict();
        ns.putString("__module__", "__main__");
        ns.putString("__slots__", slots);
        return PyType.create(name, PyTuple.of((Object[]) bases), ns);
    }

    @Test
    void slots() {
        PyType s = slotted("S", PyTuple.of("a", "b"));
        Object o = Call.call0(s);
        assertEquals("AttributeError: 'S' object has no attribute 'a'", error(() -> Attr.getAttr(o, "a")));
        assertEquals("AttributeError: 'S' object has no attribute 'c'", error(() -> Attr.setAttr(o, "c", 1L)));
        assertEquals("AttributeError: 'S' object has no attribute '__dict__'", error(() -> Attr.getAttr(o, "__dict__")));
        Attr.setAttr(o, "a", 5L);
        assertEquals(5L, Attr.getAttr(o, "a"));
        assertRepr("<member 'a' of 'S' objects>", Attr.getAttr(s, "a"));
        Attr.delAttr(o, "a");
        assertEquals("AttributeError: a", error(() -> Attr.delAttr(o, "a")));
        PyType t = Py.cls("T", s);
        Object to = Call.call0(t);
        Attr.setAttr(to, "z", 1L);
        assertRepr("{'z': 1}", Attr.getAttr(to, "__dict__"));
        PyDict ns = new PyDict();
        ns.putString("__slots__", PyTuple.of("x"));
        ns.putString("x", 1L);
        assertEquals("ValueError: 'x' in __slots__ conflicts with class variable", error(() -> PyType.create("U", PyTuple.EMPTY, ns)));
        PyType v = slotted("V", "only");
        assertEquals("only", Attr.getAttr(v, "__slots__"));
    }

    @Test
    void keywordMerging() {
        pygil.runtime.object.PyFunction f = Py.function("f", new Signature(new String[] {"k"}, 0, 0, 0, false, true), null, null, frame -> frame[1]);
        PyDict into = new PyDict();
        PyDict src = new PyDict();
        src.putString("x", 1L);
        Call.mergeKeywords(f, into, src);
        assertEquals("TypeError: __main__.f() got multiple values for keyword argument 'x'", error(() -> Call.mergeKeywords(f, into, src)));
        assertEquals("TypeError: __main__.f() argument after ** must be a mapping, not int", error(() -> Call.mergeKeywords(f, into, 1L)));
        PyDict bad = new PyDict();
        bad.setItem(1L, 2L);
        assertEquals("TypeError: keywords must be strings", error(() -> Call.mergeKeywords(f, new PyDict(), bad)));
        assertEquals("TypeError: len() got multiple values for keyword argument 'x'", error(() -> Call.mergeKeywords(Py.BUILTINS.get("len"), into, src)));
        assertEquals("TypeError: __main__.f() argument after * must be an iterable, not int", error(() -> Call.starArgs(f, 1L)));
        assertRepr("{'x': 1}", Call.callWithKwargsDict(f, new Object[0], into));
    }

    @Test
    void unpackingMessages() {
        assertEquals("TypeError: cannot unpack non-iterable int object", error(() -> Iter.unpack(1L, 2)));
        assertEquals("TypeError: cannot unpack non-iterable int object", error(() -> Iter.unpackEx(1L, 1, 0)));
        assertEquals("ValueError: not enough values to unpack (expected at least 2, got 1)", error(() -> Iter.unpackEx(pygil.runtime.object.PyList.of(1L), 1, 1)));
    }
}
