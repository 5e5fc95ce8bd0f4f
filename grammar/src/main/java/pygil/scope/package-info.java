/**
 * Scope analysis, mirroring CPython's {@code Python/symtable.c}: which names are local, cell,
 * free or global in each module, class, function, lambda and comprehension scope.
 * {@link pygil.scope.ScopeAnalyzer} builds a {@link pygil.scope.ScopeTable} from a parsed
 * module and raises CPython's symtable errors (global/nonlocal misuse, duplicate arguments,
 * {@code import *} in a function, walrus misuse in comprehensions).
 */
package pygil.scope;
