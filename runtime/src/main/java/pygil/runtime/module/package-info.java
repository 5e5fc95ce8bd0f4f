/**
 * The builtin-module SPI: modules written in Java (Equivalent of CPython's extension modules
 * listed in {@code sys.builtin_module_names}), found through {@link java.util.ServiceLoader}.
 */
package pygil.runtime.module;
