package pygil.interpreter.compiler;

import static pygil.interpreter.compiler.Compiler.accessor;

import java.math.BigInteger;
import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import pygil.ast.CmpOp;
import pygil.ast.Expr;
import pygil.interpreter.bytecode.PyBytecodeRootNodeGen;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PEllipsis;
import pygil.runtime.object.PNone;
import pygil.runtime.refcount.RefCount;

/**
 * Expressions (Equivalent of CPython's {@code compiler_visit_expr}). Function, class, lambda
 * and comprehension definitions are in {@link DefinitionCompiler}.
 */
final class ExpressionCompiler {
    private final Compiler c;
    private final DefinitionCompiler definitions;

    ExpressionCompiler(Compiler c) {
        this.c = c;
        this.definitions = new DefinitionCompiler(c);
    }

    private PyBytecodeRootNodeGen.Builder b() {
        return c.b;
    }

    /** A condition for if/while: converted to a Java boolean. */
    void compileCondition(Expr test) {
        var b = b();
        b.beginToBool();
        compile(test);
        b.endToBool();
    }

    void compileFunctionDef(pygil.ast.Stmt.FunctionDef f) {
        definitions.functionDef(f);
    }

    void compileClassDef(pygil.ast.Stmt.ClassDef k) {
        definitions.classDef(k);
    }

    void compile(Expr e) {
        if (c.checkEveryInstruction) {
            b().beginBlock();
            b().emitGilCheck();
            compileExpr(e);
            b().endBlock();
        } else {
            compileExpr(e);
        }
    }

    private void compileExpr(Expr e) {
        var b = b();
        switch (e) {
            case Expr.Constant k -> b.emitLoadConstant(constant(k.value()));
            case Expr.Name n -> c.targets.loadName(n.id());
            case Expr.Attribute a -> {
                b.beginGetAttr(c.mangle(a.attr()));
                compile(a.value());
                b.endGetAttr();
            }
            case Expr.Subscript s -> {
                b.beginGetItem();
                compile(s.value());
                compileSubscriptKey(s.slice());
                b.endGetItem();
            }
            case Expr.Slice s -> compileSlice(s);
            case Expr.BinOp o -> compileBinOp(o);
            case Expr.UnaryOp u -> compileUnary(u);
            case Expr.BoolOp o -> {
                if (o.isAnd()) {
                    b.beginBoolAnd();
                } else {
                    b.beginBoolOr();
                }
                for (Expr v : o.values()) {
                    compile(v);
                }
                if (o.isAnd()) {
                    b.endBoolAnd();
                } else {
                    b.endBoolOr();
                }
            }
            case Expr.Compare cmp -> compileCompare(cmp);
            case Expr.Call call -> CallCompiler.compile(c, call);
            case Expr.IfExp i -> {
                b.beginConditional();
                compileCondition(i.test());
                compile(i.body());
                compile(i.orelse());
                b.endConditional();
            }
            case Expr.Lambda l -> definitions.lambda(l);
            case Expr.NamedExpr n -> {
                b.beginBlock();
                c.targets.storeName(n.target().id(), () -> compile(n.value()));
                c.targets.loadName(n.target().id());
                b.endBlock();
            }
            case Expr.TupleExpr t -> {
                b.beginBuildTuple();
                elements(t.elts());
                b.endBuildTuple();
            }
            case Expr.ListExpr l -> {
                b.beginBuildList();
                elements(l.elts());
                b.endBuildList();
            }
            case Expr.SetExpr s -> {
                b.beginBuildSet();
                elements(s.elts());
                b.endBuildSet();
            }
            case Expr.DictExpr d -> compileDict(d);
            case Expr.JoinedStr j -> compileJoinedStr(j);
            case Expr.FormattedValue f -> compileFormatted(f);
            case Expr.ListComp lc -> definitions.comprehension(lc, "<listcomp>", lc.generators());
            case Expr.SetComp sc -> definitions.comprehension(sc, "<setcomp>", sc.generators());
            case Expr.DictComp dc -> definitions.comprehension(dc, "<dictcomp>", dc.generators());
            case Expr.GeneratorExp ge -> definitions.comprehension(ge, "<genexpr>", ge.generators());
            case Expr.Yield y -> emitYield(y.value());
            case Expr.YieldFrom y -> compileYieldFrom(y);
            case Expr.Starred s -> {
                b.beginStar();
                compile(s.value());
                b.endStar();
            }
        }
    }

    /** Constants: immutable values as they are; bytes become one shared, never-released object. */
    static Object constant(Object value) {
        if (value == null || value == Expr.None.VALUE) {
            return PNone.NONE;
        }
        if (value == Expr.Ellipsis.VALUE) {
            return PEllipsis.INSTANCE;
        }
        if (value instanceof Expr.Bytes bytes) {
            PyBytes result = new PyBytes(bytes.value());
            RefCount.incRef(result);
            return result;
        }
        if (value instanceof BigInteger || value instanceof Long || value instanceof Double || value instanceof String || value instanceof Boolean) {
            return value;
        }
        throw new IllegalStateException("unexpected constant " + value);
    }

    /** Display elements; starred ones become Star markers expanded by the Build* instruction. */
    void elements(List<Expr> elts) {
        for (Expr e : elts) {
            compile(e);
        }
    }

    void compileSubscriptKey(Expr slice) {
        compile(slice);
    }

    private void compileSlice(Expr.Slice s) {
        var b = b();
        b.beginBuildSlice();
        optional(s.lower());
        optional(s.upper());
        optional(s.step());
        b.endBuildSlice();
    }

    private void optional(Expr e) {
        if (e == null) {
            b().emitLoadConstant(PNone.NONE);
        } else {
            compile(e);
        }
    }

    private void compileDict(Expr.DictExpr d) {
        var b = b();
        b.beginBuildDict();
        for (int i = 0; i < d.keys().size(); i++) {
            Expr key = d.keys().get(i);
            if (key == null) {
                b.beginStar();
                compile(d.values().get(i));
                b.endStar();
                b.emitLoadConstant(PNone.NONE);
            } else {
                compile(key);
                compile(d.values().get(i));
            }
        }
        b.endBuildDict();
    }

    private void compileBinOp(Expr.BinOp o) {
        var b = b();
        switch (o.op()) {
            case ADD -> b.beginAdd();
            case SUB -> b.beginSub();
            case MUL -> b.beginMul();
            case TRUEDIV -> b.beginTrueDiv();
            case FLOORDIV -> b.beginFloorDiv();
            case MOD -> b.beginMod();
            case POW -> b.beginPow();
            case MATMUL -> b.beginMatMul();
            case LSHIFT -> b.beginLShift();
            case RSHIFT -> b.beginRShift();
            case BITAND -> b.beginBitAnd();
            case BITOR -> b.beginBitOr();
            case BITXOR -> b.beginBitXor();
        }
        compile(o.left());
        compile(o.right());
        switch (o.op()) {
            case ADD -> b.endAdd();
            case SUB -> b.endSub();
            case MUL -> b.endMul();
            case TRUEDIV -> b.endTrueDiv();
            case FLOORDIV -> b.endFloorDiv();
            case MOD -> b.endMod();
            case POW -> b.endPow();
            case MATMUL -> b.endMatMul();
            case LSHIFT -> b.endLShift();
            case RSHIFT -> b.endRShift();
            case BITAND -> b.endBitAnd();
            case BITOR -> b.endBitOr();
            case BITXOR -> b.endBitXor();
        }
    }

    private void compileUnary(Expr.UnaryOp u) {
        var b = b();
        switch (u.op()) {
            case NOT -> b.beginNot();
            case NEG -> b.beginNeg();
            case POS -> b.beginPos();
            case INVERT -> b.beginInvert();
        }
        compile(u.operand());
        switch (u.op()) {
            case NOT -> b.endNot();
            case NEG -> b.endNeg();
            case POS -> b.endPos();
            case INVERT -> b.endInvert();
        }
    }

    /**
     * {@code a < b < c} evaluates b once: {@code (a < (t := b)) and (t < c)}, returning the
     * first false result or the last result, as CPython does.
     */
    private void compileCompare(Expr.Compare cmp) {
        var b = b();
        List<CmpOp> ops = cmp.ops();
        if (ops.size() == 1) {
            compareOp(ops.get(0), () -> compile(cmp.left()), () -> compile(cmp.comparators().get(0)));
            return;
        }
        b.beginBoolAnd();
        BytecodeLocal previous = null;
        for (int i = 0; i < ops.size(); i++) {
            BytecodeLocal left = previous;
            boolean last = i == ops.size() - 1;
            Expr right = cmp.comparators().get(i);
            BytecodeLocal tmp = last ? null : b.createLocal();
            compareOp(ops.get(i), () -> {
                if (left == null) {
                    compile(cmp.left());
                } else {
                    b.emitLoadLocal(left);
                }
            }, () -> {
                if (tmp == null) {
                    compile(right);
                } else {
                    b.beginBlock();
                    b.beginStoreLocal(tmp);
                    compile(right);
                    b.endStoreLocal();
                    b.emitLoadLocal(tmp);
                    b.endBlock();
                }
            });
            previous = tmp;
        }
        b.endBoolAnd();
    }

    private void compareOp(CmpOp op, Runnable left, Runnable right) {
        var b = b();
        switch (op) {
            case EQ -> b.beginEq();
            case NOT_EQ -> b.beginNe();
            case LT -> b.beginLt();
            case LT_E -> b.beginLe();
            case GT -> b.beginGt();
            case GT_E -> b.beginGe();
            case IS -> b.beginIs();
            case IS_NOT -> b.beginIsNot();
            case IN -> b.beginIn();
            case NOT_IN -> b.beginNotIn();
        }
        left.run();
        right.run();
        switch (op) {
            case EQ -> b.endEq();
            case NOT_EQ -> b.endNe();
            case LT -> b.endLt();
            case LT_E -> b.endLe();
            case GT -> b.endGt();
            case GT_E -> b.endGe();
            case IS -> b.endIs();
            case IS_NOT -> b.endIsNot();
            case IN -> b.endIn();
            case NOT_IN -> b.endNotIn();
        }
    }

    private void compileJoinedStr(Expr.JoinedStr j) {
        var b = b();
        if (j.values().size() == 1 && j.values().get(0) instanceof Expr.Constant k) {
            b.emitLoadConstant(constant(k.value()));
            return;
        }
        b.beginBuildString();
        for (Expr part : j.values()) {
            if (part instanceof Expr.Constant k) {
                b.emitLoadConstant(constant(k.value()));
            } else {
                compile(part);
            }
        }
        b.endBuildString();
    }

    private void compileFormatted(Expr.FormattedValue f) {
        var b = b();
        b.beginFormatValue(f.conversion());
        compile(f.value());
        if (f.formatSpec() == null) {
            b.emitLoadNull();
        } else {
            compile(f.formatSpec());
        }
        b.endFormatValue();
    }

    // ---------------------------------------------------------------- generators

    /** {@code yield value}: leave the depth count, suspend, and on resume raise what was thrown in. */
    void emitYield(Expr value) {
        var b = b();
        CodeUnit u = c.unit;
        b.beginGenResume(accessor(u.threadState), accessor(u.mark), false);
        b.beginYield();
        b.beginGenSuspend(accessor(u.threadState));
        if (value == null) {
            b.emitLoadConstant(PNone.NONE);
        } else {
            compile(value);
        }
        b.endGenSuspend();
        b.endYield();
        b.endGenResume();
    }

    /**
     * {@code yield from it}: a loop that sends each resumed value into the delegate and yields
     * what it produces; thrown-in exceptions are forwarded to the delegate by YieldFromStep.
     */
    private void compileYieldFrom(Expr.YieldFrom y) {
        var b = b();
        CodeUnit u = c.unit;
        BytecodeLocal iterator = u.takeHidden();
        BytecodeLocal sent = b.createLocal();
        BytecodeLocal result = b.createLocal();
        b.beginBlock();
        b.beginStoreFast(accessor(iterator));
        b.beginYieldFromIter();
        compile(y.value());
        b.endYieldFromIter();
        b.endStoreFast();
        b.beginStoreLocal(sent);
        b.emitLoadConstant(PNone.NONE);
        b.endStoreLocal();
        b.beginWhile();
        b.beginYieldFromStep(accessor(result));
        b.emitLoadLocal(iterator);
        b.emitLoadLocal(sent);
        b.endYieldFromStep();
        b.beginStoreLocal(sent);
        b.beginGenResume(accessor(u.threadState), accessor(u.mark), true);
        b.beginYield();
        b.beginGenSuspend(accessor(u.threadState));
        b.emitLoadLocal(result);
        b.endGenSuspend();
        b.endYield();
        b.endGenResume();
        b.endStoreLocal();
        b.endWhile();
        b.emitClearFast(accessor(iterator));
        b.emitLoadLocal(result);
        b.endBlock();
    }
}
