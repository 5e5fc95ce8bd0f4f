package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static pygil.runtime.Py.error;

import org.junit.jupiter.api.Test;

import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.Signature;
import pygil.runtime.ops.Repr;

/** Binding and CPython 3.11's messages; the function body returns repr of its frame args. */
class ArgBinderTest {
    private static final String[] NK = ArgBinder.NO_KEYWORDS;

    private static PyFunction f(String qualname, Signature sig, Object[] defaults, PyDict kwDefaults) {
        return Py.function(qualname, sig, defaults, kwDefaults, frame -> {
            Object[] rest = java.util.Arrays.copyOfRange(frame, 1, frame.length);
            return Repr.repr(PyTuple.of(rest));
        });
    }

    private static Object call(PyFunction fn, Object[] args, String... kw) {
        return Call.call(fn, args, kw);
    }

    @Test
    void positionalAndDefaults() {
        PyFunction g = f("g", Signature.positional("a", "b", "c"), new Object[] {10L}, null);
        assertEquals("(1, 2, 3)", call(g, new Object[] {1L, 2L, 3L}));
        assertEquals("(1, 2, 10)", call(g, new Object[] {1L, 2L}));
        assertEquals("(1, 5, 10)", call(g, new Object[] {1L, 5L}, "b"));
        assertEquals("(1, 2, 7)", call(g, new Object[] {1L, 7L, 2L}, "c", "b"));
    }

    @Test
    void missingAndTooMany() {
        PyFunction g = f("f", Signature.positional("a", "b", "c"), null, null);
        assertEquals("TypeError: f() missing 3 required positional arguments: 'a', 'b', and 'c'", error(() -> call(g, new Object[0])));
        assertEquals("TypeError: f() missing 2 required positional arguments: 'b' and 'c'", error(() -> call(g, new Object[] {1L})));
        assertEquals("TypeError: f() takes 3 positional arguments but 4 were given", error(() -> call(g, new Object[] {1L, 2L, 3L, 4L})));
        assertEquals("TypeError: f() got an unexpected keyword argument 'd'", error(() -> call(g, new Object[] {1L, 2L}, "d")));
        assertEquals("TypeError: f() got multiple values for argument 'a'", error(() -> call(g, new Object[] {1L, 2L, 3L, 4L}, "a")));
        PyFunction one = f("one", Signature.positional("a"), null, null);
        assertEquals("TypeError: one() takes 1 positional argument but 2 were given", error(() -> call(one, new Object[] {1L, 2L})));
        assertEquals("TypeError: one() missing 1 required positional argument: 'a'", error(() -> call(one, new Object[0])));
        PyFunction zero = f("zero", Signature.positional(), null, null);
        assertEquals("TypeError: zero() takes 0 positional arguments but 1 was given", error(() -> call(zero, new Object[] {1L})));
        PyFunction m = f("C.m", Signature.positional("self", "x"), null, null);
        assertEquals("TypeError: C.m() missing 1 required positional argument: 'x'", error(() -> call(m, new Object[] {1L})));
    }

    @Test
    void keywordOnly() {
        // def g(a, b=1, *, k)
        Signature sig = new Signature(new String[] {"a", "b", "k"}, 0, 2, 1, false, false);
        PyFunction g = f("g", sig, new Object[] {1L}, null);
        assertEquals("TypeError: g() takes from 1 to 2 positional arguments but 3 were given", error(() -> call(g, new Object[] {1L, 2L, 3L})));
        assertEquals("TypeError: g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given",
                        error(() -> call(g, new Object[] {1L, 2L, 3L, 4L}, "k")));
        assertEquals("TypeError: g() missing 1 required keyword-only argument: 'k'", error(() -> call(g, new Object[] {1L})));
        assertEquals("TypeError: g() missing 1 required positional argument: 'a'", error(() -> call(g, new Object[0])));
        PyDict kwd = new PyDict();
        kwd.putString("k", 99L);
        PyFunction h = f("h", sig, new Object[] {1L}, kwd);
        assertEquals("(5, 1, 99)", call(h, new Object[] {5L}));
    }

    @Test
    void varargsAndKwargs() {
        // def v(a, *args, k=0, **kw)
        Signature sig = new Signature(new String[] {"a", "args", "k", "kw"}, 0, 1, 1, true, true);
        PyDict kwd = new PyDict();
        kwd.putString("k", 0L);
        PyFunction v = f("v", sig, null, kwd);
        assertEquals("(1, (2, 3), 0, {})", call(v, new Object[] {1L, 2L, 3L}));
        assertEquals("(1, (), 5, {'z': 6})", call(v, new Object[] {1L, 5L, 6L}, "k", "z"));
        assertEquals("(1, (), 0, {})", call(v, new Object[] {1L}));
    }

    @Test
    void positionalOnly() {
        // def h(a, /, b, **kw) and def h2(a, /, b)
        PyFunction h = f("h", new Signature(new String[] {"a", "b", "kw"}, 1, 2, 0, false, true), null, null);
        assertEquals("TypeError: h() missing 1 required positional argument: 'a'", error(() -> call(h, new Object[] {1L, 2L}, "a", "b")));
        assertEquals("(1, 2, {'a': 3})", call(h, new Object[] {1L, 2L, 3L}, "b", "a"));
        PyFunction h2 = f("h2", new Signature(new String[] {"a", "b"}, 1, 2, 0, false, false), null, null);
        assertEquals("TypeError: h2() got some positional-only arguments passed as keyword arguments: 'a'", error(() -> call(h2, new Object[] {1L, 2L}, "a", "b")));
        assertEquals("TypeError: h2() got an unexpected keyword argument 'c'", error(() -> call(h2, new Object[] {1L, 2L, 3L}, "b", "c")));
    }

    @Test
    void fastPathKeepsFunctionFirst() {
        PyFunction g = f("g", Signature.positional("a"), null, null);
        Object[] frame = ArgBinder.bind(g, new Object[] {7L}, NK);
        assertEquals(g, frame[0]);
        assertEquals(7L, frame[1]);
    }
}
