package pygil.scope;

import java.util.IdentityHashMap;
import java.util.Map;

import pygil.ast.Node;

/**
 * The scopes of one module (CPython's {@code struct symtable}), keyed by the AST node that opens
 * each scope. Nodes are compared by identity, so the table must be used with the very Module it
 * was built from.
 */
public final class ScopeTable {

    private final Scope module;
    private final Map<Node, Scope> byNode = new IdentityHashMap<>();
    boolean futureAnnotations;

    ScopeTable(Scope module) {
        this.module = module;
    }

    void put(Node n, Scope s) {
        byNode.put(n, s);
    }

    /**
     * Whether the module starts with {@code from __future__ import annotations} (PEP 563):
     * annotations are then kept as strings and their names do not appear in any scope.
     */
    public boolean futureAnnotations() {
        return futureAnnotations;
    }

    public Scope module() {
        return module;
    }

    /** The scope opened by a Module, FunctionDef, ClassDef, Lambda or comprehension node; null otherwise. */
    public Scope get(Node n) {
        return byNode.get(n);
    }
}
