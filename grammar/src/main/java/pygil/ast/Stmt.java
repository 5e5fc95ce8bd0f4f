package pygil.ast;

import java.util.List;

/** Statements, mirroring CPython's {@code ast} module. */
public sealed interface Stmt extends Node {

    /** returns (the annotation) may be null. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns, Pos pos) implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body, List<Expr> decorators, Pos pos) implements Stmt {}

    /** value may be null. */
    record Return(Expr value, Pos pos) implements Stmt {}

    record Delete(List<Expr> targets, Pos pos) implements Stmt {}

    /** {@code t1 = t2 = value}. */
    record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {}

    record AugAssign(Expr target, BinOpKind op, Expr value, Pos pos) implements Stmt {}

    /** value may be null; simple is true for a bare name target. */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {}

    record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {}

    /** exc and cause may be null. */
    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {}

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Pos pos) implements Stmt {}

    /** msg may be null. */
    record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}

    record Import(List<Alias> names, Pos pos) implements Stmt {}

    /** module may be null (for {@code from . import x}); level counts leading dots. */
    record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {}

    record Global(List<String> names, Pos pos) implements Stmt {}

    record Nonlocal(List<String> names, Pos pos) implements Stmt {}

    record ExprStmt(Expr value, Pos pos) implements Stmt {}

    record Pass(Pos pos) implements Stmt {}

    record Break(Pos pos) implements Stmt {}

    record Continue(Pos pos) implements Stmt {}
}
