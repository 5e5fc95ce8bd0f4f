package pygil.scope;

/**
 * Where a name lives, as CPython's symtable resolves it ({@code LOCAL}, {@code GLOBAL_EXPLICIT},
 * {@code GLOBAL_IMPLICIT}, {@code FREE}, {@code CELL} in {@code symtable.h}).
 *
 * <ul>
 *   <li>LOCAL: bound in this scope. At module level this is a module global; in a class body, a
 *       class attribute; only in function-like scopes is it a fast local.</li>
 *   <li>CELL: a local of a function that an inner scope captures.</li>
 *   <li>FREE: captured from an enclosing function (also used in the scopes in between, which pass
 *       the variable through).</li>
 *   <li>GLOBAL_EXPLICIT: declared {@code global} (or bound by a walrus in a module-level
 *       comprehension).</li>
 *   <li>GLOBAL_IMPLICIT: not bound here nor in an enclosing function: looked up in globals, then
 *       builtins (in a class or module body: locals first, then globals and builtins).</li>
 * </ul>
 */
public enum SymbolKind { LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT }
