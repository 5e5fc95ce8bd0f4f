package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.Metaclasses;
import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyCell;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;

/**
 * Class creation (Equivalent of {@code builtins.__build_class__}): run the body function with a
 * fresh namespace, create the type through the metaclass (the {@code metaclass=} keyword,
 * else the most derived metaclass of the bases; its {@code __prepare__} makes the namespace,
 * the other class keywords go to it), then fill the {@code __class__} cell that
 * zero-argument {@code super()} reads.
 */
final class Classes {
    private Classes() {}

    @TruffleBoundary
    static Object build(PyFunction enclosing, String name, Object body, Object keywords, Object[] bases) {
        PyFunction bodyFunction = (PyFunction) body;
        PyTuple baseTuple = PyTuple.of(bases.clone());
        PyDict kw = keywords instanceof PyDict d && d.size() > 0 ? d.copy() : null;
        Object metaclass = kw == null ? null : kw.getString("metaclass");
        if (metaclass != null) {
            kw.delItem("metaclass");
        } else {
            metaclass = bases.length > 0 ? BuiltinTypes.typeOf(bases[0]) : BuiltinTypes.TYPE;
        }
        if (metaclass instanceof PyType m) {
            metaclass = Metaclasses.calculate(m, baseTuple);
        }
        String[] kwNames = ArgBinder.NO_KEYWORDS;
        Object[] kwValues = new Object[0];
        if (kw != null && kw.size() > 0) {
            kwNames = new String[kw.size()];
            kwValues = new Object[kw.size()];
            int k = 0;
            for (int e = kw.nextEntry(0); e >= 0; e = kw.nextEntry(e + 1)) {
                kwNames[k] = (String) kw.keyAt(e);
                kwValues[k++] = kw.valueAt(e);
            }
        }
        PyDict namespace;
        if (metaclass == BuiltinTypes.TYPE) {
            namespace = new PyDict();
        } else {
            Object prepare = Attr.lookupAttr(metaclass, "__prepare__");
            if (prepare == null) {
                namespace = new PyDict();
            } else {
                Object ns = Call.call(prepare, withKeywords(new Object[] {name, baseTuple}, kwValues), kwNames);
                if (!(ns instanceof PyDict d)) {
                    String mn = metaclass instanceof PyType m ? m.getName() : "<metaclass>";
                    throw PyErrors.typeError(mn + ".__prepare__() must return a mapping, not " + BuiltinTypes.typeName(ns));
                }
                namespace = d;
            }
        }
        Object moduleName = enclosing.globals.getString("__name__");
        if (moduleName != null) {
            namespace.putString("__module__", moduleName);
        }
        namespace.putString("__qualname__", bodyFunction.qualname);
        Object classCell = bodyFunction.code.callTarget.call(bodyFunction, namespace);
        Object cls;
        if (metaclass == BuiltinTypes.TYPE && kwNames.length == 0) {
            cls = PyType.create(name, baseTuple, namespace);
        } else {
            cls = Call.call(metaclass, withKeywords(new Object[] {name, baseTuple, namespace}, kwValues), kwNames);
        }
        if (classCell instanceof PyCell cell) {
            cell.set(cls);
        }
        return cls;
    }

    private static Object[] withKeywords(Object[] positional, Object[] kwValues) {
        Object[] all = java.util.Arrays.copyOf(positional, positional.length + kwValues.length);
        System.arraycopy(kwValues, 0, all, positional.length, kwValues.length);
        return all;
    }
}
