package pygil.interpreter.compiler;

import static pygil.interpreter.compiler.Compiler.accessor;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;

import pygil.ast.Alias;
import pygil.ast.ExceptHandler;
import pygil.ast.Expr;
import pygil.ast.Stmt;
import pygil.ast.WithItem;
import pygil.interpreter.bytecode.PyBytecodeRootNodeGen;
import pygil.interpreter.compiler.CodeUnit.Loop;
import pygil.runtime.object.PNone;

/**
 * Statements (Equivalent of CPython's {@code compiler_visit_stmt}). Each statement is wrapped in
 * a source section (its line appears in tracebacks) and followed by {@code StatementEnd}, where
 * objects that became garbage during the statement are released.
 */
final class StatementCompiler {
    private final Compiler c;

    StatementCompiler(Compiler c) {
        this.c = c;
    }

    private PyBytecodeRootNodeGen.Builder b() {
        return c.b;
    }

    void compileBody(List<Stmt> body) {
        if ((c.unit.isModule() || c.unit.isClassBody()) && hasAnnotations(body)) {
            // Equivalent of SETUP_ANNOTATIONS
            c.targets.storeName("__annotations__", () -> {
                b().beginBuildDict();
                b().endBuildDict();
            });
        }
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            if (i == 0 && (c.unit.isModule() || c.unit.isClassBody()) && isDocstring(s)) {
                compileDocstring((Stmt.ExprStmt) s);
                continue;
            }
            compile(s);
        }
    }

    void compileAll(List<Stmt> body) {
        for (Stmt s : body) {
            compile(s);
        }
    }

    private static boolean isDocstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k && k.value() instanceof String;
    }

    private void compileDocstring(Stmt.ExprStmt s) {
        c.beginSection(s.pos());
        c.targets.storeName("__doc__", () -> c.expressions.compile(s.value()));
        c.endSection();
    }

    void compile(Stmt s) {
        var b = b();
        c.beginSection(s.pos());
        b.beginBlock();
        switch (s) {
            case Stmt.ExprStmt e -> c.expressions.compile(e.value());
            case Stmt.Assign a -> c.targets.assign(a.targets(), a.value());
            case Stmt.AugAssign a -> c.targets.augAssign(a.target(), a.op(), a.value());
            case Stmt.AnnAssign a -> compileAnnAssign(a);
            case Stmt.Delete d -> {
                // CPython releases each target as it is deleted: flush in between, so that
                // `del a, b` runs a's __del__ before b's (the table would otherwise pop b first)
                for (int i = 0; i < d.targets().size(); i++) {
                    if (i > 0) {
                        c.emitStatementEnd();
                    }
                    c.targets.delete(d.targets().get(i));
                }
            }
            case Stmt.Pass p -> {
            }
            case Stmt.Return r -> c.emitReturn(() -> {
                if (r.value() == null) {
                    b.emitLoadConstant(PNone.NONE);
                } else {
                    c.expressions.compile(r.value());
                }
            });
            case Stmt.If i -> compileIf(i);
            case Stmt.While w -> compileWhile(w);
            case Stmt.For f -> compileFor(f);
            case Stmt.Break br -> b.emitBranch(c.unit.loops.peek().breakLabel());
            case Stmt.Continue co -> b.emitBranch(c.unit.loops.peek().continueLabel());
            case Stmt.FunctionDef f -> c.targets.storeName(f.name(), () -> c.expressions.compileFunctionDef(f));
            case Stmt.ClassDef k -> c.targets.storeName(k.name(), () -> c.expressions.compileClassDef(k));
            case Stmt.Raise r -> compileRaise(r);
            case Stmt.Try t -> compileTry(t);
            case Stmt.With w -> compileWith(w.items(), 0, w.body());
            case Stmt.Assert a -> compileAssert(a);
            case Stmt.Import i -> compileImport(i);
            case Stmt.ImportFrom i -> compileImportFrom(i);
            case Stmt.Global g -> {
            }
            case Stmt.Nonlocal n -> {
            }
        }
        b.endBlock();
        c.endSection();
        c.emitStatementEnd();
    }

    /**
     * {@code target: annotation [= value]}: in a module or class body a simple name's
     * annotation is recorded in {@code __annotations__} (other targets only evaluate it); in a
     * function the annotation is not evaluated at all, as in CPython.
     */
    private void compileAnnAssign(Stmt.AnnAssign a) {
        var b = b();
        if (a.value() != null) {
            c.targets.assign(List.of(a.target()), a.value());
        }
        if (!c.unit.isModule() && !c.unit.isClassBody()) {
            return;
        }
        if (a.simple() && a.target() instanceof Expr.Name n) {
            b.beginSetItem();
            c.targets.loadName("__annotations__");
            b.emitLoadConstant(c.mangle(n.id()));
            c.expressions.compile(a.annotation());
            b.endSetItem();
        } else {
            c.expressions.compile(a.annotation());
        }
    }

    /** Whether a module or class body has annotated assignments (outside nested scopes). */
    private static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign a -> true;
                case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.With w -> hasAnnotations(w.body());
                case Stmt.Try t -> hasAnnotations(t.body()) || hasAnnotations(t.orelse()) || hasAnnotations(t.finalbody())
                                || t.handlers().stream().anyMatch(h -> hasAnnotations(h.body()));
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private void compileIf(Stmt.If s) {
        var b = b();
        if (s.orelse().isEmpty()) {
            b.beginIfThen();
            c.expressions.compileCondition(s.test());
            b.beginBlock();
            compileAll(s.body());
            b.endBlock();
            b.endIfThen();
        } else {
            b.beginIfThenElse();
            c.expressions.compileCondition(s.test());
            b.beginBlock();
            compileAll(s.body());
            b.endBlock();
            b.beginBlock();
            compileAll(s.orelse());
            b.endBlock();
            b.endIfThenElse();
        }
    }

    private void compileWhile(Stmt.While s) {
        var b = b();
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        b.beginWhile();
        c.expressions.compileCondition(s.test());
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        c.unit.loops.push(new Loop(continueLabel, breakLabel));
        compileAll(s.body());
        c.unit.loops.pop();
        b.emitLabel(continueLabel);
        b.endBlock();
        b.endWhile();
        compileAll(s.orelse());
        b.emitLabel(breakLabel);
        b.endBlock();
    }

    /**
     * {@code for target in iter: body else: orelse}. The iterator lives in a counted hidden
     * slot; a plain local target receives each item directly from {@code ForNext}, any other
     * target is assigned from a second hidden slot.
     */
    private void compileFor(Stmt.For s) {
        var b = b();
        BytecodeLocal iterator = c.unit.takeHidden();
        BytecodeLocal itemSlot = c.unit.takeHidden();
        BytecodeLocal direct = c.targets.fastLocalOf(s.target());
        b.beginBlock();
        BytecodeLabel breakLabel = b.createLabel();
        b.beginStoreFast(accessor(iterator));
        b.beginGetIter();
        c.expressions.compile(s.iter());
        b.endGetIter();
        b.endStoreFast();
        b.beginWhile();
        boolean reuse = TargetCompiler.unpacks(s.target());
        b.beginForNext(accessor(direct != null ? direct : itemSlot), accessor(c.unit.threadState), accessor(c.unit.mark), reuse);
        b.emitLoadLocal(iterator);
        b.endForNext();
        b.beginBlock();
        BytecodeLabel continueLabel = b.createLabel();
        // binding the target is a statement of its own: the previous item is released now, as
        // CPython's STORE_FAST does (a __del__ runs before the body, not after its first
        // statement); ForNext ends with that flush, any other target is stored after it
        if (direct == null) {
            c.targets.store(s.target(), () -> b.emitLoadLocal(itemSlot));
            if (reuse) {
                // unpacked: the item is released now, as CPython's UNPACK_SEQUENCE drops it
                b.emitClearFast(accessor(itemSlot));
            }
            c.emitStatementEnd();
        }
        c.unit.loops.push(new Loop(continueLabel, breakLabel));
        compileAll(s.body());
        c.unit.loops.pop();
        b.emitLabel(continueLabel);
        b.endBlock();
        b.endWhile();
        compileAll(s.orelse());
        b.emitLabel(breakLabel);
        b.emitClearFast(accessor(iterator));
        b.emitClearFast(accessor(itemSlot));
        b.endBlock();
    }

    private void compileRaise(Stmt.Raise s) {
        var b = b();
        if (s.exc() == null) {
            b.beginReraise();
            BytecodeLocal handled = c.unit.handlers.peek();
            if (handled != null) {
                b.emitLoadLocal(handled);
            } else {
                b.emitLoadNull();
            }
            b.endReraise();
            return;
        }
        b.beginRaise();
        c.expressions.compile(s.exc());
        if (s.cause() != null) {
            c.expressions.compile(s.cause());
        } else {
            b.emitLoadNull();
        }
        b.endRaise();
    }

    private void compileAssert(Stmt.Assert s) {
        var b = b();
        b.beginIfThen();
        b.beginNot();
        c.expressions.compile(s.test());
        b.endNot();
        b.beginRaiseAssertion();
        if (s.msg() != null) {
            c.expressions.compile(s.msg());
        } else {
            b.emitLoadNull();
        }
        b.endRaiseAssertion();
        b.endIfThen();
    }

    // ---------------------------------------------------------------- try

    private void compileTry(Stmt.Try s) {
        if (s.finalbody().isEmpty()) {
            compileTryBody(s);
            return;
        }
        compileTryFinally(s);
    }

    private void compileTryBody(Stmt.Try s) {
        if (s.handlers().isEmpty()) {
            compileAll(s.body());
        } else {
            compileTryExcept(s);
        }
    }

    /**
     * try/finally. The finally body runs on every exit: normal, break/continue/return (emitted
     * once per exit by the Bytecode DSL), and exceptional, where an exception raised by the
     * finally body gets the one in flight as its {@code __context__}, as in CPython.
     */
    private void compileTryFinally(Stmt.Try s) {
        var b = b();
        // the finally body's hidden slots are reserved once; every copy of it uses them
        int reserved = c.unit.hiddenPosition();
        c.unit.rewindHidden(reserved + HiddenLocalCounter.count(s.finalbody()));
        Runnable finallyBody = () -> {
            int resume = c.unit.hiddenPosition();
            c.unit.rewindHidden(reserved);
            b.beginBlock();
            compileAll(s.finalbody());
            b.endBlock();
            c.unit.rewindHidden(resume);
        };
        BytecodeLocal inFlight = b.createLocal();
        b.beginTryCatchOtherwise(finallyBody);
        b.beginBlock();
        compileTryBody(s);
        b.endBlock();
        b.beginBlock();
        b.beginStoreLocal(inFlight);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginTryCatch();
        finallyBody.run();
        b.beginBlock();
        b.beginChainContext();
        b.emitLoadException();
        b.emitLoadLocal(inFlight);
        b.endChainContext();
        b.beginDropException();
        b.emitLoadLocal(inFlight);
        b.endDropException();
        b.beginReraise();
        b.emitLoadException();
        b.endReraise();
        b.endBlock();
        b.endTryCatch();
        b.beginReraise();
        b.emitLoadLocal(inFlight);
        b.endReraise();
        b.endBlock();
        b.endTryCatchOtherwise();
    }

    /**
     * try/except/else: the body branches over the handlers to the else clause; a caught
     * exception is kept in a slot for bare {@code raise}; anything escaping a handler gets the
     * handled exception as its {@code __context__}.
     */
    private void compileTryExcept(Stmt.Try s) {
        var b = b();
        b.beginBlock();
        BytecodeLabel elseLabel = b.createLabel();
        BytecodeLabel endLabel = b.createLabel();
        BytecodeLocal caught = b.createLocal();
        BytecodeLocal handled = c.unit.takeHidden();
        b.beginTryCatch();
        b.beginBlock();
        compileAll(s.body());
        b.emitBranch(elseLabel);
        b.endBlock();
        b.beginBlock();
        b.beginStoreLocal(caught);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginAdoptException(accessor(handled));
        b.emitLoadLocal(caught);
        b.endAdoptException();
        BytecodeLocal previousHandled = b.createLocal();
        b.beginStoreLocal(previousHandled);
        b.beginSetHandled();
        b.emitLoadLocal(caught);
        b.endSetHandled();
        b.endStoreLocal();
        // the otherwise part runs when the clause ends normally or by return/break/continue
        b.beginTryCatchOtherwise(() -> {
            b.beginBlock();
            restoreHandled(previousHandled);
            b.beginHandlerDone(accessor(handled));
            b.emitLoadLocal(caught);
            b.endHandlerDone();
            b.endBlock();
        });
        b.beginBlock();
        c.unit.handlers.push(caught);
        compileHandlers(s.handlers(), 0, caught);
        c.unit.handlers.pop();
        b.endBlock();
        b.beginBlock();
        b.beginChainContext();
        b.emitLoadException();
        b.emitLoadLocal(caught);
        b.endChainContext();
        restoreHandled(previousHandled);
        b.beginHandlerExit(accessor(handled));
        b.emitLoadException();
        b.emitLoadLocal(caught);
        b.endHandlerExit();
        b.beginReraise();
        b.emitLoadException();
        b.endReraise();
        b.endBlock();
        b.endTryCatchOtherwise();
        b.endBlock();
        b.endTryCatch();
        b.emitBranch(endLabel);
        b.emitLabel(elseLabel);
        compileAll(s.orelse());
        b.emitLabel(endLabel);
        b.endBlock();
    }

    private void restoreHandled(BytecodeLocal previous) {
        var b = b();
        b.beginSetHandled();
        b.emitLoadLocal(previous);
        b.endSetHandled();
    }

    private void compileHandlers(List<ExceptHandler> handlers, int index, BytecodeLocal caught) {
        var b = b();
        if (index == handlers.size()) {
            b.beginReraise();
            b.emitLoadLocal(caught);
            b.endReraise();
            return;
        }
        ExceptHandler h = handlers.get(index);
        if (h.type() == null) {
            compileHandlerBody(h, caught);
            return;
        }
        b.beginIfThenElse();
        b.beginExceptionMatches();
        b.emitLoadLocal(caught);
        c.expressions.compile(h.type());
        b.endExceptionMatches();
        b.beginBlock();
        compileHandlerBody(h, caught);
        b.endBlock();
        b.beginBlock();
        compileHandlers(handlers, index + 1, caught);
        b.endBlock();
        b.endIfThenElse();
    }

    /** {@code except T as name:} binds name and deletes it afterwards, even on exceptions. */
    private void compileHandlerBody(ExceptHandler h, BytecodeLocal caught) {
        var b = b();
        if (h.name() == null) {
            compileAll(h.body());
            return;
        }
        c.targets.storeName(h.name(), () -> {
            b.beginExceptionValue();
            b.emitLoadLocal(caught);
            b.endExceptionValue();
        });
        b.beginTryFinally(() -> {
            b.beginBlock();
            c.targets.storeName(h.name(), () -> b.emitLoadConstant(PNone.NONE));
            c.targets.delete(new Expr.Name(h.name(), pygil.ast.Ctx.DEL, h.pos()));
            b.endBlock();
        });
        b.beginBlock();
        compileAll(h.body());
        b.endBlock();
        b.endTryFinally();
    }

    // ---------------------------------------------------------------- with

    /** One with item at a time, innermost last (PEP 343 nesting). */
    private void compileWith(List<WithItem> items, int index, List<Stmt> body) {
        var b = b();
        if (index == items.size()) {
            compileAll(body);
            return;
        }
        WithItem item = items.get(index);
        BytecodeLocal manager = c.unit.takeHidden();
        BytecodeLocal exit = c.unit.takeHidden();
        BytecodeLocal caught = b.createLocal();
        b.beginBlock();
        b.beginStoreFast(accessor(manager));
        c.expressions.compile(item.context());
        b.endStoreFast();
        b.beginStoreFast(accessor(exit));
        b.beginWithExit();
        b.emitLoadLocal(manager);
        b.endWithExit();
        b.endStoreFast();
        if (item.vars() != null) {
            c.targets.store(item.vars(), () -> {
                b.beginWithEnter();
                b.emitLoadLocal(manager);
                b.endWithEnter();
            });
        } else {
            b.beginWithEnter();
            b.emitLoadLocal(manager);
            b.endWithEnter();
        }
        b.beginTryCatchOtherwise(() -> {
            b.beginWithExitNormal();
            b.emitLoadLocal(exit);
            b.endWithExitNormal();
        });
        b.beginBlock();
        compileWith(items, index + 1, body);
        b.endBlock();
        b.beginBlock();
        b.beginStoreLocal(caught);
        b.emitLoadException();
        b.endStoreLocal();
        b.beginIfThenElse();
        b.beginWithExitException();
        b.emitLoadLocal(exit);
        b.emitLoadLocal(caught);
        b.endWithExitException();
        b.beginDropException();
        b.emitLoadLocal(caught);
        b.endDropException();
        b.beginReraise();
        b.emitLoadLocal(caught);
        b.endReraise();
        b.endIfThenElse();
        b.endBlock();
        b.endTryCatchOtherwise();
        b.emitClearFast(accessor(exit));
        b.emitClearFast(accessor(manager));
        b.endBlock();
    }

    // ---------------------------------------------------------------- imports

    private void compileImport(Stmt.Import s) {
        var b = b();
        for (Alias alias : s.names()) {
            String bound = alias.asname() != null ? alias.asname() : alias.name().split("\\.")[0];
            String[] fromList = alias.asname() != null ? new String[0] : pygil.interpreter.bytecode.ImportOps.TOP_LEVEL;
            c.targets.storeName(bound, () -> b.emitImportName(alias.name(), fromList, 0));
        }
    }

    private void compileImportFrom(Stmt.ImportFrom s) {
        var b = b();
        String module = s.module() == null ? "" : s.module();
        String[] names = s.names().stream().map(Alias::name).toArray(String[]::new);
        if (names.length == 1 && names[0].equals("*")) {
            b.beginImportStar();
            b.emitImportName(module, names, s.level());
            b.endImportStar();
            return;
        }
        BytecodeLocal moduleSlot = b.createLocal();
        b.beginStoreLocal(moduleSlot);
        b.emitImportName(module, names, s.level());
        b.endStoreLocal();
        for (Alias alias : s.names()) {
            String bound = alias.asname() != null ? alias.asname() : alias.name();
            c.targets.storeName(bound, () -> {
                b.beginImportFrom(alias.name());
                b.emitLoadLocal(moduleSlot);
                b.endImportFrom();
            });
        }
    }
}
