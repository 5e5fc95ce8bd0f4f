package pygil.interpreter.compiler;

import java.util.ArrayList;
import java.util.List;

import com.oracle.truffle.api.bytecode.BytecodeConfig;
import com.oracle.truffle.api.bytecode.BytecodeLocal;
import com.oracle.truffle.api.source.Source;

import pygil.ast.Arg;
import pygil.ast.Arguments;
import pygil.ast.Expr;
import pygil.ast.Module;
import pygil.ast.Pos;
import pygil.ast.Stmt;
import pygil.interpreter.PyLanguage;
import pygil.interpreter.bytecode.GeneratorFunctionRootNode;
import pygil.interpreter.bytecode.PyBytecodeRootNode;
import pygil.interpreter.bytecode.PyBytecodeRootNodeGen;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.Signature;
import pygil.scope.Scope;
import pygil.scope.ScopeAnalyzer;
import pygil.scope.ScopeTable;
import pygil.scope.SymbolKind;

/**
 * Compiles a parsed module to bytecode (Equivalent of CPython's {@code compile.c}
 * {@code compiler_mod}). All code objects of one module are built in one Bytecode DSL parse:
 * nested functions, classes and comprehensions are nested {@code Root} operations.
 *
 * <p>Every code object has the same frame discipline (see {@link PyBytecodeRootNode}):
 * counted slots first, {@code EnterFrame}, parameters copied into their slots, then the body in
 * a finally whose handler is {@code ExitFrame}.
 */
public final class Compiler {
    final PyLanguage language;
    final Source source;
    final ScopeTable scopes;
    final String filename;
    PyBytecodeRootNodeGen.Builder b;
    CodeUnit unit;
    /** Every root built, to receive its call target when the parse is complete. */
    final List<PyBytecodeRootNode> roots = new ArrayList<>();
    final StatementCompiler statements;
    final ExpressionCompiler expressions;
    final TargetCompiler targets;
    /** Top-level names live in a namespace argument (exec/eval with separate locals). */
    boolean separateLocals;
    /** {@code --switch-points=instruction}: a GIL check point before every expression. */
    final boolean checkEveryInstruction;

    private Compiler(PyLanguage language, Source source, ScopeTable scopes) {
        this.language = language;
        this.source = source;
        this.scopes = scopes;
        this.filename = source.getPath() != null ? source.getPath() : source.getName();
        this.checkEveryInstruction = "instruction".equals(pygil.interpreter.PyContext.get().env().getOptions().get(pygil.interpreter.PyOptions.SWITCH_POINTS));
        this.statements = new StatementCompiler(this);
        this.expressions = new ExpressionCompiler(this);
        this.targets = new TargetCompiler(this);
    }

    /** Compiles a module body; the result's call target runs it with a function over the module dict. */
    public static PyCode compileModule(PyLanguage language, Source source, Module module) {
        return compileModule(language, source, module, false);
    }

    /**
     * With {@code separateLocals}, top-level names are read and written in a namespace passed
     * as argument 1 (falling back to globals, then builtins), as for a class body: what
     * {@code exec(code, globals, locals)} and {@code eval(expr, globals, locals)} need.
     */
    public static PyCode compileModule(PyLanguage language, Source source, Module module, boolean separateLocals) {
        String name = source.getPath() != null ? source.getPath() : source.getName();
        ScopeTable scopes = ScopeAnalyzer.analyze(module, source.getCharacters().toString(), name);
        Compiler c = new Compiler(language, source, scopes);
        c.separateLocals = separateLocals;
        PyCode[] result = new PyCode[1];
        PyBytecodeRootNodeGen.create(language, BytecodeConfig.WITH_SOURCE, builder -> {
            c.b = builder;
            result[0] = c.compileCode(scopes.module(), "<module>", "<module>", Signature.NONE, List.of(), HiddenLocalCounter.count(module.body()),
                            c.statementsBody(module.body()), module.pos());
        });
        // call targets can only be made once the whole parse is complete
        for (PyBytecodeRootNode root : c.roots) {
            if (Boolean.getBoolean("pygil.dumpBytecode")) {
                System.err.println(root.dump());
            }
            PyCode code = root.getCode();
            code.callTarget = code.isGenerator ? new GeneratorFunctionRootNode(language, root.getCallTarget(), code).getCallTarget() : root.getCallTarget();
        }
        return result[0];
    }

    // ---------------------------------------------------------------- code objects

    /**
     * Builds one code object whose body is emitted by {@code body} (statements, a lambda's
     * return, or a comprehension's loops). {@code hiddenCount} counted hidden slots are reserved.
     * Returns the code object; its call target is set once the whole module is compiled.
     */
    PyCode compileCode(Scope scope, String name, String qualname, Signature signature, List<Arg> params, int hiddenCount, Runnable body, Pos pos) {
        CodeUnit outer = unit;
        unit = new CodeUnit(scope, qualname);
        b.beginRoot();
        b.beginSource(source);
        beginSection(pos);
        declareLocals(params, hiddenCount);
        b.emitEnterFrame(accessor(unit.threadState), accessor(unit.mark));
        copyParameters(params);
        b.beginTryCatchOtherwise(this::emitExitFrame);
        b.beginBlock();
        if (unit.generator) {
            expressions.emitYield(null);
        }
        body.run();
        b.endBlock();
        b.beginBlock();
        b.beginExitFrameOnError(unit.counted, accessor(unit.threadState), accessor(unit.mark));
        b.emitLoadException();
        b.endExitFrameOnError();
        b.beginReraise();
        b.emitLoadException();
        b.endReraise();
        b.endBlock();
        b.endTryCatchOtherwise();
        endSection();
        b.endSource();
        PyBytecodeRootNode root = b.endRoot();
        PyCode code = new PyCode(null, signature, name, qualname, filename, pos.line(), unit.generator);
        code.extra = new CodeInfo(switch (scope.kind()) {
            case MODULE -> CodeInfo.Kind.MODULE;
            case CLASS -> CodeInfo.Kind.CLASS_BODY;
            case COMPREHENSION -> CodeInfo.Kind.COMPREHENSION;
            default -> CodeInfo.Kind.FUNCTION;
        }, null);
        root.setCode(code);
        roots.add(root);
        unit = outer;
        return code;
    }

    /** Statements followed by the implicit {@code return None}. */
    Runnable statementsBody(List<Stmt> body) {
        return () -> {
            statements.compileBody(body);
            emitImplicitReturn();
        };
    }

    /** Counted slots first (names, cells, hidden), then the uncounted bookkeeping slots. */
    private void declareLocals(List<Arg> params, int hiddenCount) {
        Scope scope = unit.scope;
        List<BytecodeLocal> counted = new ArrayList<>();
        if (!unit.isModule() && !unit.isClassBody()) {
            for (String name : scope.localsInOrder()) {
                BytecodeLocal local = b.createLocal(name, null);
                counted.add(local);
                if (scope.lookup(name) == SymbolKind.CELL) {
                    unit.cellLocals.put(name, local);
                } else {
                    unit.fastLocals.put(name, local);
                }
            }
        }
        for (String name : scope.cellVars()) {
            if (!unit.cellLocals.containsKey(name)) {
                BytecodeLocal local = b.createLocal(name, null);
                counted.add(local);
                unit.cellLocals.put(name, local);
            }
        }
        for (String name : scope.freeVars()) {
            BytecodeLocal local = b.createLocal(name, null);
            counted.add(local);
            unit.cellLocals.put(name, local);
        }
        int hiddenStart = counted.size();
        for (int i = 0; i < hiddenCount; i++) {
            counted.add(b.createLocal());
        }
        unit.counted = counted.toArray(new BytecodeLocal[0]);
        unit.setHiddenRange(hiddenStart, counted.size());
        unit.threadState = b.createLocal();
        unit.mark = b.createLocal();
        unit.retval = b.createLocal();
    }

    /** Parameters arrive as arguments 1..n; captured ones go into fresh cells. */
    private void copyParameters(List<Arg> params) {
        Scope scope = unit.scope;
        for (int i = 0; i < params.size(); i++) {
            String name = mangle(params.get(i).name()); // slots are named as the scope names them
            if (scope.lookup(name) == SymbolKind.CELL) {
                b.beginStoreFast(accessor(unit.cellLocals.get(name)));
                b.beginMakeCell();
                b.emitLoadArgument(i + 1);
                b.endMakeCell();
                b.endStoreFast();
            } else {
                b.beginStoreFast(accessor(unit.fastLocals.get(name)));
                b.emitLoadArgument(i + 1);
                b.endStoreFast();
            }
        }
        List<String> paramNames = params.stream().map(a -> mangle(a.name())).toList();
        for (String name : scope.cellVars()) {
            if (!paramNames.contains(name)) {
                b.beginStoreFast(accessor(unit.cellLocals.get(name)));
                b.beginMakeCell();
                b.emitLoadNull();
                b.endMakeCell();
                b.endStoreFast();
            }
        }
        List<String> free = scope.freeVars();
        for (int i = 0; i < free.size(); i++) {
            b.beginStoreFast(accessor(unit.cellLocals.get(free.get(i))));
            b.emitLoadClosure(i);
            b.endStoreFast();
        }
    }

    private void emitExitFrame() {
        b.emitExitFrame(unit.counted, accessor(unit.threadState), accessor(unit.mark), accessor(unit.retval));
    }

    /** {@code return value}: the value is remembered so that frame exit does not release it. */
    void emitReturn(Runnable value) {
        b.beginReturn();
        b.beginKeepReturn(accessor(unit.retval));
        value.run();
        b.endKeepReturn();
        b.endReturn();
    }

    /** Falling off the end: None, or for a class body the {@code __class__} cell. */
    void emitImplicitReturn() {
        if (unit.isClassBody() && unit.cellLocals.containsKey("__class__")) {
            emitReturn(() -> b.emitLoadLocal(unit.cellLocals.get("__class__")));
        } else {
            emitReturn(() -> b.emitLoadConstant(pygil.runtime.object.PNone.NONE));
        }
    }

    /** CPython's private name mangling: {@code __x} inside class C is {@code _C__x}. */
    String mangle(String name) {
        return unit.scope.mangle(name);
    }

    void emitStatementEnd() {
        b.emitStatementEnd(accessor(unit.threadState), accessor(unit.mark));
    }

    /** Builder methods take the local itself; the DSL hands the operation a LocalAccessor. */
    static BytecodeLocal accessor(BytecodeLocal local) {
        return local;
    }

    // ---------------------------------------------------------------- function signatures

    /** Parameters in frame order: posonly, regular, *args, keyword-only, **kwargs. */
    static List<Arg> parameters(Arguments a) {
        List<Arg> all = new ArrayList<>(a.posonly());
        all.addAll(a.args());
        if (a.vararg() != null) {
            all.add(a.vararg());
        }
        all.addAll(a.kwonly());
        if (a.kwarg() != null) {
            all.add(a.kwarg());
        }
        return all;
    }

    static Signature signature(Arguments a) {
        String[] names = parameters(a).stream().map(Arg::name).toArray(String[]::new);
        return new Signature(names, a.posonly().size(), a.posonly().size() + a.args().size(), a.kwonly().size(), a.vararg() != null, a.kwarg() != null);
    }

    /** CPython's {@code __qualname__}: functions add {@code <locals>} for what they contain. */
    String childQualname(String name) {
        if (unit == null || unit.isModule()) {
            return name;
        }
        if (unit.isClassBody()) {
            return unit.qualname + "." + name;
        }
        return unit.qualname + ".<locals>." + name;
    }

    // ---------------------------------------------------------------- source positions

    void beginSection(Pos pos) {
        int[] span = span(pos);
        b.beginSourceSection(span[0], span[1]);
    }

    void endSection() {
        b.endSourceSection();
    }

    /** Character index and length of a position; unknown positions map to the first character. */
    private int[] span(Pos pos) {
        int length = source.getLength();
        if (pos == null || pos.line() <= 0 || pos.line() > source.getLineCount()) {
            return new int[]{0, 0};
        }
        int start = Math.min(length, source.getLineStartOffset(pos.line()) + Math.max(0, pos.col()));
        int end = start;
        if (pos.endLine() >= pos.line() && pos.endLine() <= source.getLineCount()) {
            end = Math.min(length, source.getLineStartOffset(pos.endLine()) + Math.max(0, pos.endCol()));
        }
        start = Math.min(start, Math.max(0, length - 1));
        return new int[]{start, Math.max(0, end - start)};
    }
}
