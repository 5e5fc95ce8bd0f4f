/**
 * The builtin types' method tables (one class per type: {@link pygil.runtime.builtins.ObjectType},
 * {@link pygil.runtime.builtins.StrType}, {@link pygil.runtime.builtins.ListType}, ...), the
 * builtin type objects themselves ({@link pygil.runtime.builtins.BuiltinTypes}), the
 * {@code builtins} module's functions ({@link pygil.runtime.builtins.BuiltinFunctions}), the
 * standard streams ({@link pygil.runtime.builtins.PyTextStream}, sharing the
 * {@code TextIOWrapper} type with text files through {@link pygil.runtime.io.TextIO}) and
 * {@code __del__} support
 * ({@link pygil.runtime.builtins.Finalization}).
 */
package pygil.runtime.builtins;
