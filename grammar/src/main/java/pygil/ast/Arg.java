package pygil.ast;

/** One parameter; {@code annotation} may be null. */
public record Arg(String name, Expr annotation, Pos pos) implements Node {}
