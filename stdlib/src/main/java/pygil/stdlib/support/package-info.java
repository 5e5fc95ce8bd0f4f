/**
 * Helpers shared by the Java modules: defining module-level builtin functions with CPython's
 * argument-count messages ({@link pygil.stdlib.support.Defs}), and binding the arguments of
 * functions CPython writes in Python ({@link pygil.stdlib.support.PythonArgs}), and struct
 * sequence types such as {@code time.struct_time} ({@link pygil.stdlib.support.StructSeq}).
 */
package pygil.stdlib.support;
