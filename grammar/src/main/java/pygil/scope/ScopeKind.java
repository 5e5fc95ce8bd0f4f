package pygil.scope;

/**
 * The kind of a scope, refining CPython's symtable block types (module, function, class): lambdas
 * and comprehensions are function blocks in CPython but are told apart here.
 */
public enum ScopeKind { MODULE, FUNCTION, LAMBDA, CLASS, COMPREHENSION }
