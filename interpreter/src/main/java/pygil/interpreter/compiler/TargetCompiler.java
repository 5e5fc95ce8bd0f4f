package pygil.interpreter.compiler;

import static pygil.interpreter.compiler.Compiler.accessor;

import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeLocal;

import pygil.ast.BinOpKind;
import pygil.ast.Expr;
import pygil.interpreter.bytecode.PyBytecodeRootNodeGen;
import pygil.runtime.ops.BinaryOp;
import pygil.scope.SymbolKind;

/**
 * Assignment, augmented assignment and deletion targets: names (resolved by scope), attributes,
 * subscripts and (starred) tuple/list unpacking. Values are passed as emitters so the same code
 * serves {@code x = v}, {@code for x in ...}, {@code with ... as x} and {@code except ... as x}.
 */
final class TargetCompiler {
    private final Compiler c;

    TargetCompiler(Compiler c) {
        this.c = c;
    }

    private PyBytecodeRootNodeGen.Builder b() {
        return c.b;
    }

    /** How a name is accessed in the code object being compiled. */
    enum Access { FAST, DEREF, GLOBAL, NAME }

    Access access(String rawName) {
        String name = c.mangle(rawName);
        CodeUnit u = c.unit;
        SymbolKind kind = u.scope.lookup(name);
        if (kind == SymbolKind.GLOBAL_EXPLICIT) {
            return Access.GLOBAL;
        }
        if (kind == SymbolKind.CELL || kind == SymbolKind.FREE) {
            return u.cellLocals.containsKey(name) ? Access.DEREF : Access.GLOBAL;
        }
        if (u.isModule()) {
            return c.separateLocals ? Access.NAME : Access.GLOBAL;
        }
        if (u.isClassBody()) {
            return Access.NAME;
        }
        return kind == SymbolKind.LOCAL && u.fastLocals.containsKey(name) ? Access.FAST : Access.GLOBAL;
    }

    /**
     * A tuple or list target ({@code for k, v in ...}): the loop unpacks each item from its
     * hidden slot and clears the slot at once, so the iterator may reuse the item
     * ({@code ForNext}'s {@code reuse}).
     */
    static boolean unpacks(Expr target) {
        return target instanceof Expr.TupleExpr || target instanceof Expr.ListExpr;
    }

    /** The slot of a target that is a plain fast local, else null. */
    BytecodeLocal fastLocalOf(Expr target) {
        if (target instanceof Expr.Name n && access(n.id()) == Access.FAST) {
            return c.unit.fastLocals.get(c.mangle(n.id()));
        }
        return null;
    }

    void storeName(String rawName, Runnable value) {
        var b = b();
        String name = c.mangle(rawName);
        switch (access(name)) {
            case FAST -> {
                b.beginStoreFast(accessor(c.unit.fastLocals.get(name)));
                value.run();
                b.endStoreFast();
            }
            case DEREF -> {
                b.beginStoreDeref(accessor(c.unit.cellLocals.get(name)));
                value.run();
                b.endStoreDeref();
            }
            case GLOBAL -> {
                b.beginStoreGlobal(name);
                value.run();
                b.endStoreGlobal();
            }
            case NAME -> {
                b.beginStoreName(name);
                value.run();
                b.endStoreName();
            }
        }
    }

    void loadName(String rawName) {
        var b = b();
        String name = c.mangle(rawName);
        switch (access(name)) {
            case FAST -> b.emitLoadFast(accessor(c.unit.fastLocals.get(name)), name);
            case DEREF -> b.emitLoadDeref(accessor(c.unit.cellLocals.get(name)), name, c.unit.scope.lookup(name) == SymbolKind.FREE);
            case GLOBAL -> b.emitLoadGlobal(name);
            case NAME -> b.emitLoadName(name);
        }
    }

    /** {@code t1 = t2 = value}: the value is evaluated once, then stored left to right. */
    void assign(List<Expr> targets, Expr value) {
        var b = b();
        if (targets.size() == 1 && targets.get(0) instanceof Expr.Name) {
            store(targets.get(0), () -> c.expressions.compile(value));
            return;
        }
        BytecodeLocal tmp = b.createLocal();
        b.beginStoreLocal(tmp);
        c.expressions.compile(value);
        b.endStoreLocal();
        for (Expr t : targets) {
            store(t, () -> b.emitLoadLocal(tmp));
        }
    }

    /** Stores the value produced by {@code value} into {@code target}. */
    void store(Expr target, Runnable value) {
        var b = b();
        switch (target) {
            case Expr.Name n -> storeName(n.id(), value);
            case Expr.Attribute a -> {
                BytecodeLocal tmp = evaluateFirst(value);
                b.beginSetAttr(c.mangle(a.attr()));
                c.expressions.compile(a.value());
                b.emitLoadLocal(tmp);
                b.endSetAttr();
            }
            case Expr.Subscript s -> {
                BytecodeLocal tmp = evaluateFirst(value);
                b.beginSetItem();
                c.expressions.compile(s.value());
                c.expressions.compileSubscriptKey(s.slice());
                b.emitLoadLocal(tmp);
                b.endSetItem();
            }
            case Expr.TupleExpr t -> unpack(t.elts(), value);
            case Expr.ListExpr l -> unpack(l.elts(), value);
            case Expr.Starred s -> store(s.value(), value);
            default -> throw new IllegalStateException("not an assignment target: " + target);
        }
    }

    /** CPython evaluates the right-hand side before the target's object and key. */
    private BytecodeLocal evaluateFirst(Runnable value) {
        var b = b();
        BytecodeLocal tmp = b.createLocal();
        b.beginStoreLocal(tmp);
        value.run();
        b.endStoreLocal();
        return tmp;
    }

    private void unpack(List<Expr> elts, Runnable value) {
        var b = b();
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                star = i;
            }
        }
        BytecodeLocal array = b.createLocal();
        b.beginStoreLocal(array);
        if (star < 0) {
            b.beginUnpackSequence(elts.size());
        } else {
            b.beginUnpackStarred(star, elts.size() - star - 1);
        }
        value.run();
        if (star < 0) {
            b.endUnpackSequence();
        } else {
            b.endUnpackStarred();
        }
        b.endStoreLocal();
        for (int i = 0; i < elts.size(); i++) {
            int index = i;
            store(elts.get(i), () -> {
                b.beginArrayElement(index);
                b.emitLoadLocal(array);
                b.endArrayElement();
            });
        }
    }

    /** {@code target op= value}: the target's object and key are evaluated once. */
    void augAssign(Expr target, BinOpKind op, Expr value) {
        var b = b();
        switch (target) {
            case Expr.Name n when op == BinOpKind.ADD && access(n.id()) == Access.FAST -> {
                // may build a str in place (StrAccumulator): the raw read and the store are paired
                BytecodeLocal local = fastLocalOf(n);
                b.beginStoreFast(accessor(local));
                b.beginInplaceAddFast();
                b.emitLoadFastRaw(accessor(local), c.mangle(n.id()));
                c.expressions.compile(value);
                b.endInplaceAddFast();
                b.endStoreFast();
            }
            case Expr.Name n -> storeName(n.id(), () -> inplace(op, () -> loadName(n.id()), value));
            case Expr.Attribute a -> {
                BytecodeLocal obj = b.createLocal();
                b.beginStoreLocal(obj);
                c.expressions.compile(a.value());
                b.endStoreLocal();
                b.beginSetAttr(c.mangle(a.attr()));
                b.emitLoadLocal(obj);
                inplace(op, () -> {
                    b.beginGetAttr(c.mangle(a.attr()));
                    b.emitLoadLocal(obj);
                    b.endGetAttr();
                }, value);
                b.endSetAttr();
            }
            case Expr.Subscript s -> {
                BytecodeLocal obj = b.createLocal();
                BytecodeLocal key = b.createLocal();
                b.beginStoreLocal(obj);
                c.expressions.compile(s.value());
                b.endStoreLocal();
                b.beginStoreLocal(key);
                c.expressions.compileSubscriptKey(s.slice());
                b.endStoreLocal();
                b.beginSetItem();
                b.emitLoadLocal(obj);
                b.emitLoadLocal(key);
                inplace(op, () -> {
                    b.beginGetItem();
                    b.emitLoadLocal(obj);
                    b.emitLoadLocal(key);
                    b.endGetItem();
                }, value);
                b.endSetItem();
            }
            default -> throw new IllegalStateException("not an augmented assignment target: " + target);
        }
    }

    private void inplace(BinOpKind op, Runnable current, Expr value) {
        var b = b();
        if (op == BinOpKind.ADD) {
            b.beginInplaceAdd();
            current.run();
            c.expressions.compile(value);
            b.endInplaceAdd();
        } else {
            b.beginInplaceOp(toRuntime(op));
            current.run();
            c.expressions.compile(value);
            b.endInplaceOp();
        }
    }

    static BinaryOp toRuntime(BinOpKind op) {
        return switch (op) {
            case BITOR -> BinaryOp.OR;
            case BITXOR -> BinaryOp.XOR;
            case BITAND -> BinaryOp.AND;
            default -> BinaryOp.valueOf(op.name());
        };
    }

    void delete(Expr target) {
        var b = b();
        switch (target) {
            case Expr.Name n -> {
                String name = c.mangle(n.id());
                switch (access(name)) {
                    case FAST -> b.emitDeleteFast(accessor(c.unit.fastLocals.get(name)), name);
                    case DEREF -> b.emitDeleteDeref(accessor(c.unit.cellLocals.get(name)), name);
                    case GLOBAL -> b.emitDeleteGlobal(name);
                    case NAME -> b.emitDeleteName(name);
                }
            }
            case Expr.Attribute a -> {
                b.beginDelAttr(c.mangle(a.attr()));
                c.expressions.compile(a.value());
                b.endDelAttr();
            }
            case Expr.Subscript s -> {
                b.beginDelItem();
                c.expressions.compile(s.value());
                c.expressions.compileSubscriptKey(s.slice());
                b.endDelItem();
            }
            case Expr.TupleExpr t -> t.elts().forEach(this::delete);
            case Expr.ListExpr l -> l.elts().forEach(this::delete);
            default -> throw new IllegalStateException("not a deletion target: " + target);
        }
    }
}
