package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.object.PyCell;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;

/**
 * Class creation (Equivalent of {@code builtins.__build_class__}): run the body function with a
 * fresh namespace, create the type through the metaclass ({@code type} unless a
 * {@code metaclass=} keyword names another callable), then fill the {@code __class__} cell that
 * zero-argument {@code super()} reads.
 */
final class Classes {
    private Classes() {}

    @TruffleBoundary
    static Object build(PyFunction enclosing, String name, Object body, Object keywords, Object[] bases) {
        PyFunction bodyFunction = (PyFunction) body;
        PyDict namespace = new PyDict();
        Object moduleName = enclosing.globals.getString("__name__");
        if (moduleName != null) {
            namespace.putString("__module__", moduleName);
        }
        namespace.putString("__qualname__", bodyFunction.qualname);
        Object classCell = bodyFunction.code.callTarget.call(bodyFunction, namespace);
        Object metaclass = keywords instanceof PyDict kw ? kw.getString("metaclass") : null;
        PyTuple baseTuple = PyTuple.of(bases.clone());
        Object cls;
        if (metaclass == null) {
            cls = PyType.create(name, baseTuple, namespace);
        } else {
            cls = Call.call(metaclass, new Object[]{name, baseTuple, namespace}, ArgBinder.NO_KEYWORDS);
        }
        if (classCell instanceof PyCell cell) {
            cell.set(cls);
        }
        return cls;
    }
}
