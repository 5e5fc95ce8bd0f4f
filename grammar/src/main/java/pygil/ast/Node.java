package pygil.ast;

/** Every AST node knows where it came from. */
public sealed interface Node permits Expr, Stmt, Arg, Arguments, Keyword, Comprehension, ExceptHandler, WithItem, Alias, Module {
    Pos pos();
}
