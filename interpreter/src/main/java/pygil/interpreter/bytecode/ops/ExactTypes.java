package pygil.interpreter.bytecode.ops;

import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;

/**
 * Guards for the item operations' fast paths: exactly a builtin list, dict or tuple. Instances
 * of Python subclasses are other Java classes ({@code PyListSub}, ...) and may override
 * {@code __getitem__}, {@code __setitem__} or {@code __missing__}, so they take the generic path.
 */
public final class ExactTypes {
    private ExactTypes() {}

    public static boolean isList(PyList o) {
        return o.getClass() == PyList.class;
    }

    public static boolean isDict(PyDict o) {
        return o.getClass() == PyDict.class;
    }

    public static boolean isTuple(PyTuple o) {
        return o.getClass() == PyTuple.class;
    }
}
