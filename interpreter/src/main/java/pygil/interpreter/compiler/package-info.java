/**
 * The compiler from AST to bytecode (Equivalent of CPython's {@code compile.c}). It walks the
 * AST records with the scope table and drives the Bytecode DSL builder: one root node per code
 * object. {@link pygil.interpreter.compiler.Compiler} is the entry point;
 * {@link pygil.interpreter.compiler.CodeUnit} holds the state of the code object being built;
 * statements, expressions and assignment targets each have their own compiler class.
 */
package pygil.interpreter.compiler;
