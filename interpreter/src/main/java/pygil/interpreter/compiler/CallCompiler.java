package pygil.interpreter.compiler;

import java.util.ArrayList;
import java.util.List;

import pygil.ast.Expr;
import pygil.ast.Keyword;
import pygil.interpreter.compiler.TargetCompiler.Access;
import pygil.scope.SymbolKind;

/**
 * Calls, choosing the cheapest instruction the call's shape allows: a method call on an
 * attribute ({@code CallMethod}), positional ({@code CallPositional}), with plain keywords
 * ({@code CallKeywords}), or with {@code *}/{@code **} unpacking ({@code CallUnpacked}).
 * Zero-argument {@code super()} becomes {@code super(__class__, <first argument>)}, which is
 * what CPython's {@code super_init} finds in the frame.
 */
final class CallCompiler {
    private CallCompiler() {}

    static void compile(Compiler c, Expr.Call call) {
        var b = c.b;
        ExpressionCompiler ex = c.expressions;
        boolean starred = call.args().stream().anyMatch(a -> a instanceof Expr.Starred);
        boolean doubleStarred = call.keywords().stream().anyMatch(k -> k.arg() == null);
        if (isZeroArgSuper(c, call)) {
            b.beginCallPositional();
            ex.compile(call.func());
            c.targets.loadName("__class__");
            c.targets.loadName(firstParameter(c));
            b.endCallPositional();
            return;
        }
        if (starred || doubleStarred) {
            b.beginCallUnpacked();
            ex.compile(call.func());
            b.beginBuildTuple();
            ex.elements(call.args());
            b.endBuildTuple();
            for (Keyword k : call.keywords()) {
                if (k.arg() == null) {
                    b.beginStar();
                    ex.compile(k.value());
                    b.endStar();
                    b.emitLoadConstant(pygil.runtime.object.PNone.NONE);
                } else {
                    b.emitLoadConstant(k.arg());
                    ex.compile(k.value());
                }
            }
            b.endCallUnpacked();
            return;
        }
        if (!call.keywords().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Keyword k : call.keywords()) {
                names.add(k.arg());
            }
            b.beginCallKeywords(names.toArray(new String[0]));
            ex.compile(call.func());
            for (Expr a : call.args()) {
                ex.compile(a);
            }
            for (Keyword k : call.keywords()) {
                ex.compile(k.value());
            }
            b.endCallKeywords();
            return;
        }
        if (call.func() instanceof Expr.Attribute attr) {
            b.beginCallMethod(c.mangle(attr.attr()));
            ex.compile(attr.value());
            for (Expr a : call.args()) {
                ex.compile(a);
            }
            b.endCallMethod();
            return;
        }
        b.beginCallPositional();
        ex.compile(call.func());
        for (Expr a : call.args()) {
            ex.compile(a);
        }
        b.endCallPositional();
    }

    private static boolean isZeroArgSuper(Compiler c, Expr.Call call) {
        return call.func() instanceof Expr.Name n && n.id().equals("super") && call.args().isEmpty() && call.keywords().isEmpty()
                        && c.unit.cellLocals.containsKey("__class__") && c.unit.scope.lookup("__class__") == SymbolKind.FREE
                        && !c.unit.scope.parameters().isEmpty() && c.targets.access("super") == Access.GLOBAL;
    }

    private static String firstParameter(Compiler c) {
        return c.unit.scope.parameters().get(0);
    }
}
