/**
 * Calls: the generic {@link pygil.runtime.call.Call#call} (Equivalent of
 * {@code PyObject_Vectorcall}), argument binding for Python functions
 * ({@link pygil.runtime.call.ArgBinder}) and argument parsing for builtins
 * ({@link pygil.runtime.call.ArgParser}).
 */
package pygil.runtime.call;
