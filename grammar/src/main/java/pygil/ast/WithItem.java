package pygil.ast;

/** {@code context as vars}; vars may be null. */
public record WithItem(Expr context, Expr vars, Pos pos) implements Node {}
