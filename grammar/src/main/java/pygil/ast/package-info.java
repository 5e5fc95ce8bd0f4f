/**
 * The abstract syntax tree, mirroring CPython's {@code ast} module: {@link pygil.ast.Stmt} and
 * {@link pygil.ast.Expr} node records with their helpers, plus {@link pygil.ast.AstDump}, which
 * prints a tree exactly as CPython's {@code ast.dump} does.
 */
package pygil.ast;
