package pygil.parser;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;

import pygil.ast.Arguments;
import pygil.ast.Expr;
import pygil.ast.Keyword;
import pygil.ast.Module;
import pygil.ast.Pos;
import pygil.ast.Stmt;
import pygil.parser.PyGrammar.*;

/**
 * Turns a parse tree into the AST records (CPython's {@code ast} module). Statements are built
 * here; simple statements with targets are in {@link SimpleStmtBuilder}, expressions in
 * {@link ExprBuilder}. A compound statement ends where the last statement of its last block ends,
 * and a decorated definition starts at {@code def}/{@code class}, as in CPython 3.8+.
 */
final class AstBuilder {

    private final ParseSession session;
    private final ExprBuilder ex;
    private final SimpleStmtBuilder simple;

    AstBuilder(ParseSession session) {
        this.session = session;
        this.ex = new ExprBuilder(session);
        this.simple = new SimpleStmtBuilder(ex);
    }

    ExprBuilder expressions() {
        return ex;
    }

    Module module(File_inputContext c) {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : c.stmt()) {
            statement(s, body);
        }
        Pos pos = body.isEmpty() ? new Pos(1, 0, 1, 0) : Spans.between(body.get(0), body.get(body.size() - 1));
        return new Module(body, pos);
    }

    private void statement(StmtContext s, List<Stmt> out) {
        if (s.simple_stmts() != null) {
            for (Simple_stmtContext ss : s.simple_stmts().simple_stmt()) {
                out.add(simple.statement(ss));
            }
        } else {
            out.add(compound(s.compound_stmt()));
        }
    }

    private List<Stmt> block(BlockContext b) {
        List<Stmt> body = new ArrayList<>();
        if (b.simple_stmts() != null) {
            for (Simple_stmtContext ss : b.simple_stmts().simple_stmt()) {
                body.add(simple.statement(ss));
            }
        } else {
            for (StmtContext s : b.stmt()) {
                statement(s, body);
            }
        }
        return body;
    }

    /**
     * From {@code start} to the last token of {@code lastBlock} other than NEWLINE, INDENT and
     * DEDENT, as CPython computes a compound statement's end: a trailing {@code ;} counts.
     */
    private Pos span(Token start, BlockContext lastBlock) {
        return Spans.between(start, session.lastRealToken(lastBlock.stop));
    }

    private static BlockContext lastBlock(BlockContext body, Else_clauseContext orelse) {
        return orelse != null ? orelse.block() : body;
    }

    private Stmt compound(Compound_stmtContext c) {
        ParseTree t = c.getChild(0);
        return switch (t) {
            case If_stmtContext s -> ifStmt(s);
            case While_stmtContext s -> whileStmt(s);
            case For_stmtContext s -> forStmt(s);
            case Try_stmtContext s -> tryStmt(s);
            case With_stmtContext s -> withStmt(s);
            case FuncdefContext s -> funcdef(s, List.of());
            case ClassdefContext s -> classdef(s, List.of());
            case DecoratedContext s -> decorated(s);
            default -> throw new IllegalStateException(t.getClass().getSimpleName());
        };
    }

    private Stmt ifStmt(If_stmtContext c) {
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        // Build the elif chain from the end: each elif is an If nested in the previous orelse,
        // and every If of the chain ends where the whole statement ends.
        List<Elif_clauseContext> elifs = c.elif_clause();
        BlockContext last = c.else_clause() != null ? c.else_clause().block()
                : !elifs.isEmpty() ? elifs.get(elifs.size() - 1).block() : c.block();
        for (int k = elifs.size() - 1; k >= 0; k--) {
            Elif_clauseContext e = elifs.get(k);
            List<Stmt> body = block(e.block());
            orelse = List.of(new Stmt.If(ex.namedExpr(e.namedexpr_test()), body, orelse, span(e.start, last)));
        }
        List<Stmt> body = block(c.block());
        return new Stmt.If(ex.namedExpr(c.namedexpr_test()), body, orelse, span(c.start, last));
    }

    private Stmt whileStmt(While_stmtContext c) {
        Expr test = ex.namedExpr(c.namedexpr_test());
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        return new Stmt.While(test, body, orelse, span(c.start, lastBlock(c.block(), c.else_clause())));
    }

    private Stmt forStmt(For_stmtContext c) {
        Expr target = session.targets.store(ex.list(c.exprlist(), c.exprlist().children));
        Expr iter = ex.value(c.testlist_star_expr());
        List<Stmt> body = block(c.block());
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        return new Stmt.For(target, iter, body, orelse, span(c.start, lastBlock(c.block(), c.else_clause())));
    }

    private Stmt tryStmt(Try_stmtContext c) {
        List<Stmt> body = block(c.block());
        List<pygil.ast.ExceptHandler> handlers = new ArrayList<>();
        for (Except_clauseContext e : c.except_clause()) {
            Expr type = e.test() == null ? null : ex.test(e.test());
            String name = e.NAME() == null ? null : ExprBuilder.name(e.NAME().getSymbol());
            List<Stmt> hbody = block(e.block());
            handlers.add(new pygil.ast.ExceptHandler(type, name, hbody, span(e.start, e.block())));
        }
        List<Stmt> orelse = c.else_clause() == null ? List.of() : block(c.else_clause().block());
        List<Stmt> finalbody = c.finally_clause() == null ? List.of() : block(c.finally_clause().block());
        BlockContext last = c.finally_clause() != null ? c.finally_clause().block()
                : c.else_clause() != null ? c.else_clause().block()
                : !c.except_clause().isEmpty() ? c.except_clause(c.except_clause().size() - 1).block() : c.block();
        return new Stmt.Try(body, handlers, orelse, finalbody, span(c.start, last));
    }

    private Stmt withStmt(With_stmtContext c) {
        List<pygil.ast.WithItem> items = new ArrayList<>();
        for (With_itemContext w : c.with_item()) {
            Expr context = ex.test(w.test());
            Expr vars = w.expr() == null ? null : session.targets.store(ex.expr(w.expr()));
            items.add(new pygil.ast.WithItem(context, vars, Spans.of(w)));
        }
        List<Stmt> body = block(c.block());
        return new Stmt.With(items, body, span(c.start, c.block()));
    }

    private Stmt decorated(DecoratedContext c) {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : c.decorator()) {
            decorators.add(ex.namedExpr(d.namedexpr_test()));
        }
        return c.funcdef() != null ? funcdef(c.funcdef(), decorators) : classdef(c.classdef(), decorators);
    }

    private Stmt funcdef(FuncdefContext c, List<Expr> decorators) {
        Pos argsPos = Spans.between(c.OPEN_PAREN().getSymbol(), c.CLOSE_PAREN().getSymbol());
        Arguments args = new ArgumentsBuilder(ex).function(c.parameters(), argsPos);
        Expr returns = c.test() == null ? null : ex.test(c.test());
        List<Stmt> body = block(c.block());
        return new Stmt.FunctionDef(ExprBuilder.name(c.NAME().getSymbol()), args, body, decorators, returns,
                span(c.start, c.block()));
    }

    private Stmt classdef(ClassdefContext c, List<Expr> decorators) {
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (c.arglist() != null) {
            Expr.Call call = ex.displays.arguments(null, c.arglist(), c.OPEN_PAREN().getSymbol(),
                    c.CLOSE_PAREN().getSymbol(), Spans.of(c));
            bases = call.args();
            keywords = call.keywords();
            for (Expr b : bases) {
                if (b instanceof Expr.GeneratorExp g) {
                    throw session.error("invalid syntax", g.generators().get(0).pos());
                }
            }
        }
        List<Stmt> body = block(c.block());
        return new Stmt.ClassDef(ExprBuilder.name(c.NAME().getSymbol()), bases, keywords, body, decorators,
                span(c.start, c.block()));
    }
}
