package pygil.ast;

/** {@code name as asname} in an import; asname may be null; name may be dotted or "*". */
public record Alias(String name, String asname, Pos pos) implements Node {}
