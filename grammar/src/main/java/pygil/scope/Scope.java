package pygil.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import pygil.ast.Node;
import pygil.ast.Pos;

/**
 * One scope: CPython's symbol table entry ({@code PySTEntryObject}). Names are stored mangled
 * ({@code __x} in class {@code C} becomes {@code _C__x}) as CPython does; {@link #lookup}
 * mangles its argument the same way, and {@link #mangle} is available to callers.
 */
public final class Scope {

    private final ScopeKind kind;
    private final String name;
    private final Scope parent;
    private final Node node;
    private final String privateName;
    private final List<Scope> children = new ArrayList<>();

    /** Flags per name, in the order names were first seen. */
    final Map<String, Integer> flags = new LinkedHashMap<>();
    /** Resolved kinds, filled by the analysis pass. */
    final Map<String, SymbolKind> kinds = new LinkedHashMap<>();
    /** Names in the order they first got a binding (parameters are kept apart). */
    final List<String> bindingOrder = new ArrayList<>();
    /** Parameters in the documented order: posonly, args, vararg, kwonly, kwarg. */
    final List<String> parameters = new ArrayList<>();
    /** Where each name was first declared global/nonlocal, for errors found later. */
    final Map<String, Pos> directives = new LinkedHashMap<>();
    boolean generator;
    boolean needsClassCell;
    /** While visiting: inside a comprehension's iterable (walrus is forbidden there). */
    int compIterExpr;
    /** While visiting: binding comprehension iteration variables. */
    boolean compIterTarget;

    Scope(ScopeKind kind, String name, Scope parent, Node node, String privateName) {
        this.kind = kind;
        this.name = name;
        this.parent = parent;
        this.node = node;
        this.privateName = privateName;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    public ScopeKind kind() { return kind; }

    /** "top" for the module, the def/class name, "lambda", or listcomp/setcomp/dictcomp/genexpr. */
    public String name() { return name; }

    public Scope parent() { return parent; }

    public List<Scope> children() { return Collections.unmodifiableList(children); }

    /** The AST node that opened this scope (the Module, FunctionDef, ClassDef, Lambda or comprehension). */
    public Node node() { return node; }

    /** Whether this is a CPython function block: function, lambda or comprehension. */
    public boolean isFunctionLike() {
        return kind == ScopeKind.FUNCTION || kind == ScopeKind.LAMBDA || kind == ScopeKind.COMPREHENSION;
    }

    /** A function or lambda containing yield / yield from, or a generator expression. */
    public boolean isGenerator() { return generator; }

    /** A class some method of which uses {@code super} or {@code __class__}: it needs a {@code __class__} cell. */
    public boolean needsClassCell() { return needsClassCell; }

    /** Whether the (mangled) name occurs in this scope at all. */
    public boolean contains(String name) {
        return kinds.containsKey(mangle(name)) || (needsClassCell && name.equals("__class__"));
    }

    /**
     * How {@code name} resolves in this scope. Names that do not occur in the scope resolve as
     * CPython's compiler treats them: GLOBAL_IMPLICIT.
     */
    public SymbolKind lookup(String name) {
        if (needsClassCell && name.equals("__class__")) {
            return SymbolKind.CELL;
        }
        SymbolKind k = kinds.get(mangle(name));
        return k == null ? SymbolKind.GLOBAL_IMPLICIT : k;
    }

    /**
     * Parameter names in the order posonly, args, vararg, kwonly, kwarg. A comprehension has one
     * parameter, CPython's {@code .0}: the iterator of its first {@code for}.
     */
    public List<String> parameters() {
        return Collections.unmodifiableList(parameters);
    }

    /** Parameters first, then the other LOCAL and CELL names in the order of their first binding. */
    public List<String> localsInOrder() {
        List<String> out = new ArrayList<>(parameters());
        for (String n : bindingOrder) {
            SymbolKind k = kinds.get(n);
            if ((k == SymbolKind.LOCAL || k == SymbolKind.CELL) && !out.contains(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Captured locals, sorted by name like CPython's co_cellvars; {@code __class__} first in a class. */
    public List<String> cellVars() {
        List<String> out = new ArrayList<>();
        if (needsClassCell) {
            out.add("__class__");
        }
        out.addAll(namesOf(SymbolKind.CELL, false));
        return out;
    }

    /**
     * Free variables sorted by name like CPython's co_freevars. In a class this includes names the
     * class binds itself but that a method takes from an enclosing function.
     */
    public List<String> freeVars() {
        return namesOf(SymbolKind.FREE, kind == ScopeKind.CLASS);
    }

    private List<String> namesOf(SymbolKind wanted, boolean withFreeClass) {
        TreeSet<String> out = new TreeSet<>();
        for (Map.Entry<String, SymbolKind> e : kinds.entrySet()) {
            if (e.getValue() == wanted
                    || (withFreeClass && (flags.getOrDefault(e.getKey(), 0) & Flags.FREE_CLASS) != 0)) {
                out.add(e.getKey());
            }
        }
        return new ArrayList<>(out);
    }

    /** All names of this scope (mangled) with their kinds, in first-seen order. */
    public Map<String, SymbolKind> symbols() {
        return Collections.unmodifiableMap(kinds);
    }

    /** CPython's private name mangling ({@code _Py_Mangle}) for code in this scope. */
    public String mangle(String n) {
        return mangle(privateName, n);
    }

    static String mangle(String privateName, String n) {
        if (privateName == null || !n.startsWith("__") || n.endsWith("__") || n.indexOf('.') >= 0) {
            return n;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return n;
        }
        return "_" + privateName.substring(i) + n;
    }

    String privateName() { return privateName; }

    @Override
    public String toString() {
        return kind + " " + name;
    }
}
