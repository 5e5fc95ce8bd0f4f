package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.function.Executable;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;

import pygil.runtime.builtins.BuiltinFunctions;
import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyException;
import pygil.runtime.object.BuiltinImpl;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.object.Signature;
import pygil.runtime.ops.Repr;

/** Helpers for writing tests in a Python-like style. */
final class Py {
    private Py() {}

    static final Map<String, Object> BUILTINS = BuiltinFunctions.create(new BuiltinFunctions.Host() {
        @Override
        public Object stdout() {
            return PNone.NONE;
        }

        @Override
        public Object stdin() {
            return PNone.NONE;
        }
    });

    /** Calls a builtin by name with positional arguments. */
    static Object b(String name, Object... args) {
        return Call.call(BUILTINS.get(name), args, ArgBinder.NO_KEYWORDS);
    }

    /** Calls a builtin with keywords: {@code kw("sorted", new Object[]{l, true}, "reverse")}. */
    static Object kw(String name, Object[] args, String... kwNames) {
        return Call.call(BUILTINS.get(name), args, kwNames);
    }

    /** {@code f(*args)}. */
    static Object call(Object f, Object... args) {
        return Call.call(f, args, ArgBinder.NO_KEYWORDS);
    }

    /** {@code obj.name(*args)}. */
    static Object m(Object obj, String name, Object... args) {
        return Call.call(pygil.runtime.ops.Attr.getAttr(obj, name), args, ArgBinder.NO_KEYWORDS);
    }

    /** {@code repr(x)}. */
    static String repr(Object x) {
        return Repr.repr(x);
    }

    static PyType cls(String name, PyType... bases) {
        PyDict ns = new PyDict();
        ns.putString("__module__", "__main__");
        return PyType.create(name, PyTuple.of((Object[]) bases), ns);
    }

    /** Adds a method implemented in Java (args[0] is self). */
    static void method(PyType t, String name, BuiltinImpl impl) {
        t.setAttribute(name, new PyBuiltinFunction(name, t, impl));
    }

    /** The exception message ("TypeError: ...") raised by the action. */
    static String error(Executable action) {
        PyException e = assertThrows(PyException.class, action);
        return e.getMessage();
    }

    static void assertRepr(String expected, Object value) {
        assertEquals(expected, Repr.repr(value));
    }

    /** A call target that returns {@code impl(frameArgs)} (a stand-in for compiled code). */
    interface Body {
        Object run(Object[] frameArgs);
    }

    /** A Python function with the given signature whose body is Java code. */
    static PyFunction function(String qualname, Signature sig, Object[] defaults, PyDict kwDefaults, Body body) {
        RootNode root = new RootNode(null) {
            @Override
            public Object execute(VirtualFrame frame) {
                return body.run(frame.getArguments());
            }
        };
        String name = qualname.contains(".") ? qualname.substring(qualname.lastIndexOf('.') + 1) : qualname;
        PyCode code = new PyCode(root.getCallTarget(), sig, name, qualname, "<test>", 1, false);
        PyDict globals = new PyDict();
        globals.putString("__name__", "__main__");
        return new PyFunction(code, globals, defaults, kwDefaults, null);
    }
}
