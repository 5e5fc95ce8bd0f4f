package pygil.runtime.module;

import pygil.runtime.object.PyModule;

/**
 * A module implemented in Java. Implementations live in the {@code stdlib} Maven module and are
 * listed in {@code META-INF/services/pygil.runtime.module.BuiltinModule}; the import system
 * finds them by {@link #name()} before searching {@code sys.path}, as CPython finds its builtin
 * modules, and calls {@link #create(ModuleHost)} once per interpreter, on first import.
 */
public interface BuiltinModule {
    /** The module's name, e.g. {@code "math"}. */
    String name();

    /** Builds the module object: its functions, constants and types in its dict. */
    PyModule create(ModuleHost host);
}
