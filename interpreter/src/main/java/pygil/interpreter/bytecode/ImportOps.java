package pygil.interpreter.bytecode;

import pygil.interpreter.PyContext;
import pygil.runtime.object.PyDict;

/** The import instructions, delegating to the context's import system. */
public final class ImportOps {
    /**
     * The from-list of a plain {@code import a.b} (constant operands cannot be null): the
     * instruction then answers the top-level package {@code a}, not {@code a.b}.
     */
    public static final String[] TOP_LEVEL = {"<top-level>"};

    private ImportOps() {}

    static Object importName(PyDict globals, String name, String[] fromList, int level) {
        return PyContext.get().imports().importName(globals, name, fromList == TOP_LEVEL ? null : fromList, level);
    }

    static Object importFrom(Object module, String name) {
        return PyContext.get().imports().importFrom(module, name);
    }

    static void importStar(Object module, PyDict globals) {
        PyContext.get().imports().importStar(module, globals);
    }
}
