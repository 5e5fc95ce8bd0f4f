package pygil.scope;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import pygil.ast.Pos;
import pygil.syntax.PySyntaxError;
import pygil.syntax.SourceText;

/**
 * The second pass of CPython's symtable ({@code analyze_block} and friends): decides for every
 * name whether it is local, cell, free or global, propagating free variables outwards. Class
 * bodies do not make their names visible to nested scopes, but do pass through free variables.
 */
final class ScopeResolver {

    private final SourceText src;

    ScopeResolver(SourceText src) {
        this.src = src;
    }

    void resolve(Scope module) {
        analyze(module, null, new HashSet<>(), new HashSet<>());
    }

    /**
     * @param bound names bound by enclosing function scopes (null at module level)
     * @param free  receives the free names this scope leaves to its parent
     * @param global names known to be global in enclosing scopes
     */
    private void analyze(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (s.kind() == ScopeKind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (s.kind() != ScopeKind.CLASS) {
            if (s.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : s.children()) {
            Set<String> childFree = new HashSet<>(newFree);
            analyze(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);
        if (s.isFunctionLike()) {
            for (Map.Entry<String, SymbolKind> e : s.kinds.entrySet()) {
                if (e.getValue() == SymbolKind.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(SymbolKind.CELL);
                }
            }
        } else if (s.kind() == ScopeKind.CLASS && newFree.remove("__class__")) {
            s.needsClassCell = true;
        }
        // Free names of children that this scope does not bind pass through it as free.
        for (String name : newFree) {
            Integer f = s.flags.get(name);
            if (f != null) {
                if (s.kind() == ScopeKind.CLASS && (f & (Flags.BOUND | Flags.GLOBAL)) != 0) {
                    s.flags.put(name, f | Flags.FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue; // a global
            }
            s.flags.put(name, 0);
            s.kinds.put(name, SymbolKind.FREE);
        }
        free.addAll(newFree);
    }

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
                             Set<String> free, Set<String> global) {
        if ((flags & Flags.GLOBAL) != 0) {
            if ((flags & Flags.NONLOCAL) != 0) {
                throw atDirective(s, name, "name '" + name + "' is nonlocal and global");
            }
            s.kinds.put(name, SymbolKind.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Flags.NONLOCAL) != 0) {
            if (bound == null) {
                throw atDirective(s, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw atDirective(s, name, "no binding for nonlocal '" + name + "' found");
            }
            s.kinds.put(name, SymbolKind.FREE);
            free.add(name);
            return;
        }
        if ((flags & Flags.BOUND) != 0) {
            s.kinds.put(name, SymbolKind.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            s.kinds.put(name, SymbolKind.FREE);
            free.add(name);
            return;
        }
        s.kinds.put(name, SymbolKind.GLOBAL_IMPLICIT);
    }

    private PySyntaxError atDirective(Scope s, String name, String msg) {
        Pos p = s.directives.get(name);
        if (p == null) {
            p = Pos.NONE;
        }
        return src.syntaxError(msg, p.line(), p.col(), p.endLine(), p.endCol());
    }
}
