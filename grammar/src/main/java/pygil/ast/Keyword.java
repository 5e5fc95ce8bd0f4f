package pygil.ast;

/** {@code name=value} in a call or class header; {@code arg} is null for {@code **value}. */
public record Keyword(String arg, Expr value, Pos pos) implements Node {}
