package pygil.ast;

import java.util.List;

/** A whole file (or {@code -c} string). */
public record Module(List<Stmt> body, Pos pos) implements Node {}
