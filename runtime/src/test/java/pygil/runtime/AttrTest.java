package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pygil.runtime.Py.b;
import static pygil.runtime.Py.cls;
import static pygil.runtime.Py.error;
import static pygil.runtime.Py.method;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyClassMethod;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyMethod;
import pygil.runtime.object.PyModule;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.object.Signature;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Repr;

class AttrTest {
    @Test
    void instanceAndClassAttributes() {
        PyType c = cls("C");
        c.setAttribute("shared", 1L);
        Object o = Call.call0(c);
        assertEquals(1L, Attr.getAttr(o, "shared"));
        Attr.setAttr(o, "shared", 2L);
        assertEquals(2L, Attr.getAttr(o, "shared"));
        assertEquals(1L, Attr.getAttr(c, "shared"));
        assertEquals("{'shared': 2}", Repr.repr(Attr.getAttr(o, "__dict__")));
        Attr.delAttr(o, "shared");
        assertEquals(1L, Attr.getAttr(o, "shared"));
        assertEquals("AttributeError: 'C' object has no attribute 'x'", error(() -> Attr.getAttr(o, "x")));
        assertEquals("AttributeError: 'C' object has no attribute 'x'", error(() -> Attr.delAttr(o, "x")));
        assertEquals("AttributeError: type object 'C' has no attribute 'x'", error(() -> Attr.getAttr(c, "x")));
        assertSame(c, Attr.getAttr(o, "__class__"));
        assertEquals("C", Attr.getAttr(c, "__name__"));
        assertEquals("__main__", Attr.getAttr(c, "__module__"));
        assertEquals("__main__", Attr.getAttr(o, "__module__"));
        assertEquals(PNone.NONE, Attr.getAttr(c, "__doc__"));
    }

    @Test
    void dictStaysConsistent() {
        PyType c = cls("C");
        PyInstance o = (PyInstance) Call.call0(c);
        Attr.setAttr(o, "a", 1L);
        pygil.runtime.object.PyDict d = o.getDict();
        d.putString("b", 2L);
        assertEquals(2L, Attr.getAttr(o, "b"));
        Attr.setAttr(o, "c", 3L);
        assertEquals("{'a': 1, 'b': 2, 'c': 3}", Repr.repr(d));
    }

    @Test
    void builtinObjectsRejectAttributes() {
        assertEquals("AttributeError: 'int' object has no attribute 'x'", error(() -> Attr.setAttr(1L, "x", 2L)));
        assertEquals("AttributeError: 'object' object has no attribute 'x'", error(() -> Attr.setAttr(Call.call0(BuiltinTypes.OBJECT), "x", 2L)));
        assertEquals("AttributeError: 'list' object attribute 'append' is read-only", error(() -> Attr.setAttr(new PyList(), "append", 2L)));
        assertEquals("AttributeError: attribute 'real' of 'int' objects is not writable", error(() -> Attr.setAttr(1L, "real", 2L)));
        assertEquals("TypeError: cannot set 'x' attribute of immutable type 'int'", error(() -> Attr.setAttr(BuiltinTypes.INT, "x", 2L)));
        assertEquals("AttributeError: 'builtin_function_or_method' object has no attribute 'x'", error(() -> Attr.getAttr(Py.BUILTINS.get("len"), "x")));
        PyModule m = new PyModule("m");
        assertEquals("AttributeError: module 'm' has no attribute 'x'", error(() -> Attr.getAttr(m, "x")));
    }

    @Test
    void functionsBindAsMethods() {
        PyType c = cls("C");
        PyFunction f = Py.function("C.m", Signature.positional("self", "x"), null, null, frame -> PyTuple.of(frame[1], frame[2]));
        c.setAttribute("m", f);
        Object o = Call.call0(c);
        Object bound = Attr.getAttr(o, "m");
        assertTrue(bound instanceof PyMethod);
        assertSame(o, ((PyMethod) bound).self);
        assertEquals(PyTuple.class, Call.call1(bound, 5L).getClass());
        assertSame(f, Attr.getAttr(c, "m"));
        assertEquals("m", Attr.getAttr(bound, "__name__"));
        assertSame(f, Attr.getAttr(bound, "__func__"));
        assertEquals("<bound method C.m of <__main__.C object at " + Repr.address(o) + ">>", Repr.repr(bound));
        assertEquals("<function C.m at " + Repr.address(f) + ">", Repr.repr(f));
        // An instance attribute shadows a method (non-data descriptor).
        Attr.setAttr(o, "m", 7L);
        assertEquals(7L, Attr.getAttr(o, "m"));
    }

    @Test
    void propertyIsDataDescriptor() {
        PyType c = cls("P");
        PyBuiltinFunction getter = new PyBuiltinFunction("x", (args, kw) -> 42L);
        PyProperty p = new PyProperty(getter, null, null, null);
        c.setAttribute("x", p);
        p.setName("x");
        Object o = Call.call0(c);
        assertEquals(42L, Attr.getAttr(o, "x"));
        assertEquals("AttributeError: property 'x' of 'P' object has no setter", error(() -> Attr.setAttr(o, "x", 1L)));
        assertEquals("AttributeError: property 'x' of 'P' object has no deleter", error(() -> Attr.delAttr(o, "x")));
        ((PyInstance) o).getDict().putString("x", 5L);
        assertEquals(42L, Attr.getAttr(o, "x"), "the property wins over the instance dict");
        assertSame(p, Attr.getAttr(c, "x"));
        // setter/getter produce copies
        PyProperty q = (PyProperty) Call.call1(Attr.getAttr(p, "setter"), new PyBuiltinFunction("x", (args, kw) -> {
            ((PyInstance) args[0]).getDict().putString("_x", args[1]);
            return PNone.NONE;
        }));
        c.setAttribute("x", q);
        Attr.setAttr(o, "x", 9L);
        assertEquals(9L, Attr.getAttr(o, "_x"));
    }

    @Test
    void userDataDescriptor() {
        PyType d = cls("D");
        method(d, "__get__", (args, kw) -> "got");
        method(d, "__set__", (args, kw) -> {
            Attr.setAttr(args[1], "_v", args[2]);
            return PNone.NONE;
        });
        PyType c = cls("C");
        c.setAttribute("v", Call.call0(d));
        Object o = Call.call0(c);
        ((PyInstance) o).getDict().putString("v", "shadow");
        assertEquals("got", Attr.getAttr(o, "v"));
        Attr.setAttr(o, "v", 3L);
        assertEquals(3L, Attr.getAttr(o, "_v"));
        assertEquals("got", Attr.getAttr(c, "v"));
    }

    @Test
    void staticAndClassMethods() {
        PyType c = cls("C");
        PyBuiltinFunction f = new PyBuiltinFunction("f", (args, kw) -> PyTuple.of(args.clone()));
        c.setAttribute("s", new PyStaticMethod(f));
        c.setAttribute("k", new PyClassMethod(f));
        Object o = Call.call0(c);
        assertEquals("(1,)", Repr.repr(Call.call1(Attr.getAttr(o, "s"), 1L)));
        assertEquals("(<class '__main__.C'>, 1)", Repr.repr(Call.call1(Attr.getAttr(o, "k"), 1L)));
        assertEquals("(<class '__main__.C'>, 1)", Repr.repr(Call.call1(Attr.getAttr(c, "k"), 1L)));
        PyType sub = cls("Sub", c);
        assertEquals("(<class '__main__.Sub'>, 1)", Repr.repr(Call.call1(Attr.getAttr(sub, "k"), 1L)));
    }

    @Test
    void getattrHookAndBuiltinMethods() {
        PyType c = cls("C");
        method(c, "__getattr__", (args, kw) -> "dyn:" + args[1]);
        Object o = Call.call0(c);
        assertEquals("dyn:zz", Attr.getAttr(o, "zz"));
        PyList l = new PyList();
        Object append = Attr.getAttr(l, "append");
        Call.call1(append, 5L);
        assertEquals("[5]", Repr.repr(l));
        assertEquals("<built-in method append of list object at " + Repr.address(l) + ">", Repr.repr(append));
        assertEquals("<method 'append' of 'list' objects>", Repr.repr(Attr.getAttr(BuiltinTypes.LIST, "append")));
        assertEquals("TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object",
                        error(() -> Call.call2(Attr.getAttr(BuiltinTypes.LIST, "append"), 1L, 2L)));
        assertEquals(true, b("hasattr", l, "append"));
        assertEquals(false, b("hasattr", l, "nope"));
        assertEquals(3L, b("getattr", l, "nope", 3L));
    }

    @Test
    void superSkipsToNextInMro() {
        PyType a = cls("A");
        method(a, "who", (args, kw) -> "A");
        PyType bb = cls("B", a);
        method(bb, "who", (args, kw) -> "B");
        PyType c = cls("C", a);
        method(c, "who", (args, kw) -> "C");
        PyType d = cls("D", bb, c);
        Object o = Call.call0(d);
        Object sup = Call.call2(BuiltinTypes.SUPER, bb, o);
        assertEquals("C", Call.call0(Attr.getAttr(sup, "who")));
        Object sup2 = Call.call2(BuiltinTypes.SUPER, d, o);
        assertEquals("B", Call.call0(Attr.getAttr(sup2, "who")));
        assertEquals("AttributeError: 'super' object has no attribute 'zz'", error(() -> Attr.getAttr(sup2, "zz")));
        assertEquals("<super: <class 'B'>, <D object>>", Repr.repr(sup));
    }

    @Test
    void classCallProtocol() {
        PyType c = cls("C");
        assertEquals("TypeError: C() takes no arguments", error(() -> Call.call1(c, 1L)));
        method(c, "__init__", (args, kw) -> {
            Attr.setAttr(args[0], "x", args[1]);
            return PNone.NONE;
        });
        Object o = Call.call1(c, 5L);
        assertEquals(5L, Attr.getAttr(o, "x"));
        PyType bad = cls("Bad");
        method(bad, "__init__", (args, kw) -> 1L);
        assertEquals("TypeError: __init__() should return None, not 'int'", error(() -> Call.call0(bad)));
        assertEquals("TypeError: object.__new__(int) is not safe, use int.__new__()", error(() -> Call.call1(Attr.getAttr(BuiltinTypes.OBJECT, "__new__"), BuiltinTypes.INT)));
        assertEquals("TypeError: 'int' object is not callable", error(() -> Call.call0(1L)));
        assertSame(BuiltinTypes.INT, Call.call1(BuiltinTypes.TYPE, 3L));
        assertEquals("TypeError: type() takes 1 or 3 arguments", error(() -> Call.call2(BuiltinTypes.TYPE, 1L, 2L)));
    }
}
