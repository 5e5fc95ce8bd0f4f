/**
 * The import system (Equivalent of {@code importlib._bootstrap} for source files): finding a
 * module on {@code sys.path} or in pygil's own library, compiling and executing it once, and
 * keeping it in {@code sys.modules}.
 */
package pygil.interpreter.imports;
