package pygil.interpreter.compiler;

import static pygil.interpreter.compiler.Compiler.accessor;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import pygil.ast.Arg;
import pygil.ast.Arguments;
import pygil.ast.Comprehension;
import pygil.ast.Expr;
import pygil.ast.Keyword;
import pygil.ast.Node;
import pygil.ast.Stmt;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.Signature;
import pygil.scope.Scope;

/**
 * Code objects defined inside expressions and statements: {@code def}, {@code class},
 * {@code lambda} and comprehensions. Each compiles a nested root first, then emits the
 * instructions that create the function at run time (defaults, closure cells, decorators).
 */
final class DefinitionCompiler {
    private final Compiler c;

    DefinitionCompiler(Compiler c) {
        this.c = c;
    }

    /** {@code @d1 @d2 def f(...)}: d1(d2(function)), decorators evaluated first. */
    void functionDef(Stmt.FunctionDef f) {
        Scope scope = c.scopes.get(f);
        Arguments args = f.args();
        List<Arg> params = Compiler.parameters(args);
        PyCode code = c.compileCode(scope, f.name(), c.childQualname(f.name()), Compiler.signature(args), params, HiddenLocalCounter.count(f.body()),
                        c.statementsBody(f.body()), f.pos());
        code.extra = new CodeInfo(CodeInfo.Kind.FUNCTION, docstring(f.body()));
        decorated(f.decorators(), () -> makeFunction(code, scope, args, f.returns()));
    }

    void lambda(Expr.Lambda l) {
        Scope scope = c.scopes.get(l);
        Arguments args = l.args();
        PyCode code = c.compileCode(scope, "<lambda>", c.childQualname("<lambda>"), Compiler.signature(args), Compiler.parameters(args),
                        HiddenLocalCounter.countExpr(l.body()), () -> c.emitReturn(() -> c.expressions.compile(l.body())), l.pos());
        makeFunction(code, scope, args);
    }

    private void decorated(List<Expr> decorators, Runnable target) {
        var b = c.b;
        for (Expr d : decorators) {
            b.beginCallPositional();
            c.expressions.compile(d);
        }
        target.run();
        for (int i = 0; i < decorators.size(); i++) {
            b.endCallPositional();
        }
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant k && k.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** {@code f.__annotations__}: parameter annotations and {@code 'return'}, evaluated at def time. */
    private void annotations(Arguments args, Expr returns) {
        var b = c.b;
        List<Arg> annotated = args == null ? List.of() : Compiler.parameters(args).stream().filter(a -> a.annotation() != null).toList();
        if (annotated.isEmpty() && returns == null) {
            b.emitLoadNull();
            return;
        }
        b.beginBuildDict();
        for (Arg a : annotated) {
            b.emitLoadConstant(c.mangle(a.name()));
            c.expressions.compile(a.annotation());
        }
        if (returns != null) {
            b.emitLoadConstant("return");
            c.expressions.compile(returns);
        }
        b.endBuildDict();
    }

    private void makeFunction(PyCode code, Scope scope, Arguments args) {
        makeFunction(code, scope, args, null);
    }

    private void makeFunction(PyCode code, Scope scope, Arguments args, Expr returns) {
        var b = c.b;
        b.beginMakeFunction(code);
        if (args == null || args.defaults().isEmpty()) {
            b.emitLoadNull();
        } else {
            b.beginBuildTuple();
            for (Expr d : args.defaults()) {
                c.expressions.compile(d);
            }
            b.endBuildTuple();
        }
        boolean anyKwDefault = args != null && args.kwDefaults().stream().anyMatch(e -> e != null);
        if (!anyKwDefault) {
            b.emitLoadNull();
        } else {
            b.beginBuildDict();
            for (int i = 0; i < args.kwonly().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d != null) {
                    b.emitLoadConstant(args.kwonly().get(i).name());
                    c.expressions.compile(d);
                }
            }
            b.endBuildDict();
        }
        annotations(args, returns);
        for (String free : scope.freeVars()) {
            b.emitLoadLocal(c.unit.cellLocals.get(free));
        }
        b.endMakeFunction();
    }

    /** {@code class Name(bases, metaclass=M): body}. */
    void classDef(Stmt.ClassDef k) {
        var b = c.b;
        Scope scope = c.scopes.get(k);
        PyCode code = c.compileCode(scope, k.name(), c.childQualname(k.name()), Signature.NONE, List.of(), HiddenLocalCounter.count(k.body()),
                        c.statementsBody(k.body()), k.pos());
        decorated(k.decorators(), () -> {
            b.beginBuildClass(k.name());
            makeFunction(code, scope, null);
            List<Keyword> keywords = k.keywords().stream().filter(kw -> kw.arg() != null).toList();
            if (keywords.isEmpty()) {
                b.emitLoadNull();
            } else {
                b.beginBuildDict();
                for (Keyword kw : keywords) {
                    b.emitLoadConstant(kw.arg());
                    c.expressions.compile(kw.value());
                }
                b.endBuildDict();
            }
            c.expressions.elements(k.bases());
            b.endBuildClass();
        });
    }

    // ---------------------------------------------------------------- comprehensions

    /**
     * A comprehension is a function of one argument, the outermost iterator, evaluated in the
     * enclosing scope and passed in (Equivalent of CPython's {@code compiler_comprehension}).
     */
    void comprehension(Expr node, String name, List<Comprehension> generators) {
        var b = c.b;
        Scope scope = c.scopes.get((Node) node);
        int hidden = 2 * generators.size() - 1 + nestedHidden(node, generators);
        Signature signature = new Signature(new String[]{".0"}, 0, 1, 0, false, false);
        // ".0" is bound in the prologue, before a generator expression first suspends, so the
        // iterator it was given is referenced by the frame from the start
        List<Arg> params = List.of(new Arg(".0", null, node.pos()));
        PyCode code = c.compileCode(scope, name, c.childQualname(name), signature, params, hidden, () -> comprehensionBody(node, generators), node.pos());
        b.beginCallPositional();
        makeFunction(code, scope, null);
        b.beginGetIter();
        c.expressions.compile(generators.get(0).iter());
        b.endGetIter();
        b.endCallPositional();
    }

    private static int nestedHidden(Expr node, List<Comprehension> generators) {
        int n = 0;
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            if (i > 0) {
                n += HiddenLocalCounter.countExpr(g.iter());
            }
            for (Expr cond : g.ifs()) {
                n += HiddenLocalCounter.countExpr(cond);
            }
        }
        switch (node) {
            case Expr.ListComp l -> n += HiddenLocalCounter.countExpr(l.elt());
            case Expr.SetComp s -> n += HiddenLocalCounter.countExpr(s.elt());
            case Expr.GeneratorExp g -> n += HiddenLocalCounter.countExpr(g.elt());
            case Expr.DictComp d -> n += HiddenLocalCounter.countExpr(d.key()) + HiddenLocalCounter.countExpr(d.value());
            default -> {
            }
        }
        return n;
    }

    private void comprehensionBody(Expr node, List<Comprehension> generators) {
        var b = c.b;
        BytecodeLocal result = null;
        if (!(node instanceof Expr.GeneratorExp)) {
            result = b.createLocal();
            b.beginStoreLocal(result);
            switch (node) {
                case Expr.ListComp l -> {
                    b.beginBuildList();
                    b.endBuildList();
                }
                case Expr.SetComp s -> {
                    b.beginBuildSet();
                    b.endBuildSet();
                }
                default -> {
                    b.beginBuildDict();
                    b.endBuildDict();
                }
            }
            b.endStoreLocal();
        }
        loops(node, generators, 0, result);
        BytecodeLocal resultSlot = result;
        if (resultSlot == null) {
            c.emitReturn(() -> b.emitLoadConstant(PNone.NONE));
        } else {
            c.emitReturn(() -> b.emitLoadLocal(resultSlot));
        }
    }

    private void loops(Expr node, List<Comprehension> generators, int index, BytecodeLocal result) {
        var b = c.b;
        if (index == generators.size()) {
            element(node, result);
            return;
        }
        Comprehension g = generators.get(index);
        BytecodeLocal iterator = index == 0 ? c.unit.fastLocals.get(".0") : c.unit.takeHidden();
        BytecodeLocal item = c.unit.takeHidden();
        BytecodeLocal direct = c.targets.fastLocalOf(g.target());
        if (index > 0) {
            b.beginStoreFast(accessor(iterator));
            b.beginGetIter();
            c.expressions.compile(g.iter());
            b.endGetIter();
            b.endStoreFast();
        }
        b.beginWhile();
        boolean reuse = TargetCompiler.unpacks(g.target());
        b.beginForNext(accessor(direct != null ? direct : item), accessor(c.unit.threadState), accessor(c.unit.mark), reuse);
        b.emitLoadLocal(iterator);
        b.endForNext();
        b.beginBlock();
        if (direct == null) {
            c.targets.store(g.target(), () -> b.emitLoadLocal(item));
        }
        if (reuse) {
            b.emitClearFast(accessor(item));
        }
        if (g.ifs().isEmpty()) {
            loops(node, generators, index + 1, result);
        } else {
            b.beginIfThen();
            b.beginCondAnd();
            for (Expr cond : g.ifs()) {
                c.expressions.compile(cond);
            }
            b.endCondAnd();
            b.beginBlock();
            loops(node, generators, index + 1, result);
            b.endBlock();
            b.endIfThen();
        }
        b.endBlock();
        b.endWhile();
        if (index > 0) {
            b.emitClearFast(accessor(iterator));
        }
        b.emitClearFast(accessor(item));
    }

    private void element(Expr node, BytecodeLocal result) {
        var b = c.b;
        switch (node) {
            case Expr.ListComp l -> {
                b.beginListAppend();
                b.emitLoadLocal(result);
                c.expressions.compile(l.elt());
                b.endListAppend();
            }
            case Expr.SetComp s -> {
                b.beginSetAdd();
                b.emitLoadLocal(result);
                c.expressions.compile(s.elt());
                b.endSetAdd();
            }
            case Expr.DictComp d -> {
                b.beginSetItem();
                b.emitLoadLocal(result);
                c.expressions.compile(d.key());
                c.expressions.compile(d.value());
                b.endSetItem();
            }
            case Expr.GeneratorExp g -> c.expressions.emitYield(g.elt());
            default -> throw new IllegalStateException("not a comprehension: " + node);
        }
    }
}
