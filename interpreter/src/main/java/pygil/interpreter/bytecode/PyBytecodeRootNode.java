package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.BytecodeRootNode;
import com.oracle.truffle.api.bytecode.ConstantOperand;
import com.oracle.truffle.api.bytecode.GenerateBytecode;
import com.oracle.truffle.api.bytecode.LocalAccessor;
import com.oracle.truffle.api.bytecode.LocalRangeAccessor;
import com.oracle.truffle.api.bytecode.Operation;
import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.bytecode.ShortCircuitOperation;
import com.oracle.truffle.api.bytecode.ShortCircuitOperation.Operator;
import com.oracle.truffle.api.bytecode.Variadic;
import com.oracle.truffle.api.dsl.Bind;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.NonIdempotent;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import pygil.interpreter.PyLanguage;
import pygil.interpreter.bytecode.ops.IsNode;
import pygil.interpreter.bytecode.ops.IsNotNode;
import pygil.interpreter.bytecode.ops.InNode;
import pygil.interpreter.bytecode.ops.NotInNode;
import pygil.interpreter.bytecode.ops.RaiseNode;
import pygil.interpreter.bytecode.ops.ReraiseNode;
import pygil.interpreter.bytecode.ops.ExceptionMatchesNode;
import pygil.interpreter.bytecode.ops.ExceptionValueNode;
import pygil.interpreter.bytecode.ops.ChainContextNode;
import pygil.interpreter.bytecode.ops.RaiseAssertionNode;
import pygil.interpreter.bytecode.ops.DropExceptionNode;
import pygil.interpreter.bytecode.ops.WithExitNode;
import pygil.interpreter.bytecode.ops.WithEnterNode;
import pygil.interpreter.bytecode.ops.WithExitExceptionNode;
import pygil.interpreter.bytecode.ops.WithExitNormalNode;
import pygil.interpreter.nodes.AddNode;
import pygil.interpreter.nodes.BitAndNode;
import pygil.interpreter.nodes.BitOrNode;
import pygil.interpreter.nodes.BitXorNode;
import pygil.interpreter.nodes.EqNode;
import pygil.interpreter.nodes.FloorDivNode;
import pygil.interpreter.nodes.GeNode;
import pygil.interpreter.nodes.GtNode;
import pygil.interpreter.nodes.InplaceAddFastNode;
import pygil.interpreter.nodes.InplaceAddNode;
import pygil.interpreter.nodes.InvertNode;
import pygil.interpreter.nodes.LShiftNode;
import pygil.interpreter.nodes.LeNode;
import pygil.interpreter.nodes.LtNode;
import pygil.interpreter.nodes.MatMulNode;
import pygil.interpreter.nodes.ModNode;
import pygil.interpreter.nodes.MulNode;
import pygil.interpreter.nodes.NeNode;
import pygil.interpreter.nodes.NegNode;
import pygil.interpreter.nodes.NotNode;
import pygil.interpreter.nodes.PosNode;
import pygil.interpreter.nodes.PowNode;
import pygil.interpreter.nodes.RShiftNode;
import pygil.interpreter.nodes.SubNode;
import pygil.interpreter.nodes.ToBoolNode;
import pygil.interpreter.nodes.TrueDivNode;
import pygil.interpreter.objects.Traceback;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PyCode;
import pygil.runtime.iterators.DictIterators.DictIterator;
import pygil.runtime.iterators.SequenceIterators.ListIterator;
import pygil.runtime.iterators.SequenceIterators.RangeIterator;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.Iter;
import pygil.runtime.refcount.PyThreadState;
import pygil.runtime.refcount.RefCount;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * pygil's instruction set, declared with the Truffle Bytecode DSL. One instance is one Python
 * code object (module, class body, function, lambda, comprehension or generator body).
 *
 * <h2>Frame layout</h2>
 * Argument 0 is always the {@link PyFunction} being run (its globals are the code's globals);
 * arguments 1.. are the bound parameters in {@code Signature.paramNames} order (see
 * {@code ArgBinder}). A class body gets the namespace dict as argument 1. The compiler allocates
 * the <em>counted</em> locals first and contiguously (Python locals, cells, and the hidden
 * locals that hold for-loop iterators and with-statement managers), so that
 * {@link ExitFrame} can release them as one {@link LocalRangeAccessor}.
 *
 * <h2>Reference counting</h2>
 * Stores into counted locals go through {@link StoreFast} (incref new, decref old). Each frame
 * remembers the height of the thread's zero-count table at entry ({@code mark}); the
 * {@link StatementEnd} instruction after every statement releases what became garbage during the
 * statement, and {@link ExitFrame} (in a finally around the whole body) releases the locals and
 * everything above the mark except the value being returned. See {@code RefCount} for why this
 * deferral gives CPython's observable {@code __del__} timing.
 *
 * <h2>Exceptions and tracebacks</h2>
 * {@link #interceptTruffleException} appends one traceback entry per frame the exception passes
 * through (Equivalent of {@code PyTraceBack_Here}); Java stack overflows become
 * {@code RecursionError} in {@link #interceptInternalException}.
 *
 * <p>Truffle pitfalls met while building this are listed in this package's {@code package-info}.
 */
@GenerateBytecode(languageClass = PyLanguage.class, //
                enableYield = true, //
                enableUncachedInterpreter = false, //
                defaultLocalValue = "null", //
                boxingEliminationTypes = {long.class, boolean.class, double.class})
@OperationProxy(IsNode.class)
@OperationProxy(IsNotNode.class)
@OperationProxy(InNode.class)
@OperationProxy(NotInNode.class)
@OperationProxy(RaiseNode.class)
@OperationProxy(ReraiseNode.class)
@OperationProxy(ExceptionMatchesNode.class)
@OperationProxy(ExceptionValueNode.class)
@OperationProxy(ChainContextNode.class)
@OperationProxy(RaiseAssertionNode.class)
@OperationProxy(DropExceptionNode.class)
@OperationProxy(WithExitNode.class)
@OperationProxy(WithEnterNode.class)
@OperationProxy(WithExitExceptionNode.class)
@OperationProxy(WithExitNormalNode.class)
@OperationProxy(AddNode.class)
@OperationProxy(SubNode.class)
@OperationProxy(MulNode.class)
@OperationProxy(TrueDivNode.class)
@OperationProxy(FloorDivNode.class)
@OperationProxy(ModNode.class)
@OperationProxy(PowNode.class)
@OperationProxy(MatMulNode.class)
@OperationProxy(LShiftNode.class)
@OperationProxy(RShiftNode.class)
@OperationProxy(BitAndNode.class)
@OperationProxy(BitOrNode.class)
@OperationProxy(BitXorNode.class)
@OperationProxy(InplaceAddNode.class)
@OperationProxy(InplaceAddFastNode.class)
@OperationProxy(LtNode.class)
@OperationProxy(LeNode.class)
@OperationProxy(GtNode.class)
@OperationProxy(GeNode.class)
@OperationProxy(EqNode.class)
@OperationProxy(NeNode.class)
@OperationProxy(NegNode.class)
@OperationProxy(PosNode.class)
@OperationProxy(InvertNode.class)
@OperationProxy(NotNode.class)
@OperationProxy(ToBoolNode.class)
@OperationProxy(pygil.interpreter.bytecode.ops.GetAttrNode.class)
@OperationProxy(pygil.interpreter.bytecode.ops.SetAttrNode.class)
@OperationProxy(pygil.interpreter.bytecode.ops.DelAttrNode.class)
@OperationProxy(pygil.interpreter.bytecode.ops.GetItemNode.class)
@OperationProxy(pygil.interpreter.bytecode.ops.SetItemNode.class)
@OperationProxy(pygil.interpreter.bytecode.ops.DelItemNode.class)
@OperationProxy(pygil.interpreter.bytecode.ops.CallMethodNode.class)
@OperationProxy(DisplayOperations.InplaceOpNode.class)
@OperationProxy(DisplayOperations.StarNode.class)
@OperationProxy(DisplayOperations.BuildTupleNode.class)
@OperationProxy(DisplayOperations.BuildListNode.class)
@OperationProxy(DisplayOperations.BuildSetNode.class)
@OperationProxy(DisplayOperations.BuildDictNode.class)
@OperationProxy(DisplayOperations.BuildSliceNode.class)
@OperationProxy(DisplayOperations.ListAppendNode.class)
@OperationProxy(DisplayOperations.SetAddNode.class)
@OperationProxy(DisplayOperations.FormatValueNode.class)
@OperationProxy(DisplayOperations.BuildStringNode.class)
@ShortCircuitOperation(name = "BoolAnd", operator = Operator.AND_RETURN_VALUE, booleanConverter = ToBoolNode.class)
@ShortCircuitOperation(name = "BoolOr", operator = Operator.OR_RETURN_VALUE, booleanConverter = ToBoolNode.class)
@ShortCircuitOperation(name = "CondAnd", operator = Operator.AND_RETURN_CONVERTED, booleanConverter = ToBoolNode.class)
public abstract class PyBytecodeRootNode extends RootNode implements BytecodeRootNode {

    /** Set by the compiler once the code object exists; names this frame in tracebacks. */
    @CompilerDirectives.CompilationFinal private PyCode code;

    protected PyBytecodeRootNode(PyLanguage language, FrameDescriptor.Builder frameDescriptor) {
        super(language, frameDescriptor.build());
    }

    public PyCode getCode() {
        return code;
    }

    public void setCode(PyCode code) {
        this.code = code;
    }

    @Override
    public String getName() {
        return code == null ? "<unknown>" : code.name;
    }

    @Override
    public String toString() {
        return "<code " + getName() + ">";
    }

    @Override
    public boolean isCaptureFramesForTrace(boolean compiledFrame) {
        return false;
    }

    @Override
    public AbstractTruffleException interceptTruffleException(AbstractTruffleException ex, VirtualFrame frame, BytecodeNode bytecodeNode, int bci) {
        if (ex instanceof PyException pe) {
            Traceback.record(pe, code, frame.getArguments(), bytecodeNode, bci);
        }
        return ex;
    }

    @Override
    public Throwable interceptInternalException(Throwable t, VirtualFrame frame, BytecodeNode bytecodeNode, int bci) {
        return InternalErrors.translate(t);
    }

    /** A copy of this root with its own interpreter profiles, for one thread (ThreadPrivateCode). */
    public final RootNode copyForThread() {
        return cloneUninitialized();
    }

    /** The source line of a bytecode index, for tracebacks (0 when unknown). */
    @TruffleBoundary
    public static int lineOf(BytecodeNode bytecodeNode, int bci) {
        SourceSection section = bytecodeNode.getSourceLocation(bci);
        return section == null || !section.isAvailable() ? 0 : section.getStartLine();
    }

    // ---------------------------------------------------------------- locals and cells

    /** Reads a local; an unbound one raises {@code UnboundLocalError} (Equivalent of {@code LOAD_FAST}). */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = String.class, name = "name")
    public static final class LoadFast {
        /*
         * A local the DSL has typed as long/double is read without boxing, so that arithmetic on
         * it stays unboxed in the interpreter (boxing elimination). An unbound local (null) or a
         * value of another type makes the read go generic.
         */
        @Specialization(rewriteOn = UnexpectedResultException.class)
        static long loadLong(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) throws UnexpectedResultException {
            return local.getLong(bytecode, frame);
        }

        @Specialization(rewriteOn = UnexpectedResultException.class)
        static double loadDouble(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) throws UnexpectedResultException {
            return local.getDouble(bytecode, frame);
        }

        /* A str being built by += (StrAccumulator) is read as the str it stands for. */
        @Specialization(replaces = {"loadLong", "loadDouble"})
        static Object load(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) {
            Object value = local.getObject(bytecode, frame);
            if (value == null) {
                throw FrameOps.unboundLocal(name);
            }
            return value instanceof StrAccumulator a ? a.value() : value;
        }
    }

    /** {@link LoadFast} for the left operand of {@code x += v}: a {@link StrAccumulator} stays one. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = String.class, name = "name")
    public static final class LoadFastRaw {
        @Specialization(rewriteOn = UnexpectedResultException.class)
        static long loadLong(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) throws UnexpectedResultException {
            return local.getLong(bytecode, frame);
        }

        @Specialization(rewriteOn = UnexpectedResultException.class)
        static double loadDouble(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) throws UnexpectedResultException {
            return local.getDouble(bytecode, frame);
        }

        @Specialization(replaces = {"loadLong", "loadDouble"})
        static Object load(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) {
            Object value = local.getObject(bytecode, frame);
            if (value == null) {
                throw FrameOps.unboundLocal(name);
            }
            return value;
        }
    }

    /** Stores into a counted local: incref the new value, then decref the old one. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class StoreFast {
        /* Unboxed stores of long and double values (no reference count to take for them). */
        @Specialization
        static void storeLong(VirtualFrame frame, LocalAccessor local, long value, @Bind BytecodeNode bytecode) {
            Object old = local.getObject(bytecode, frame);
            local.setLong(bytecode, frame, value);
            RefCount.decRef(old);
        }

        @Specialization
        static void storeDouble(VirtualFrame frame, LocalAccessor local, double value, @Bind BytecodeNode bytecode) {
            Object old = local.getObject(bytecode, frame);
            local.setDouble(bytecode, frame, value);
            RefCount.decRef(old);
        }

        @Specialization
        static void store(VirtualFrame frame, LocalAccessor local, Object value, @Bind BytecodeNode bytecode) {
            Object old = local.getObject(bytecode, frame);
            RefCount.incRef(value);
            local.setObject(bytecode, frame, value);
            RefCount.decRef(old);
        }
    }

    /** {@code del x} for a local. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = String.class, name = "name")
    public static final class DeleteFast {
        @Specialization
        static void delete(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) {
            Object old = local.getObject(bytecode, frame);
            if (old == null) {
                throw FrameOps.unboundLocal(name);
            }
            local.setObject(bytecode, frame, null);
            RefCount.decRef(old);
        }
    }

    /**
     * Clears a hidden counted local (a finished loop's iterator), releasing its reference. A
     * slot that holds nothing is left alone: storing null into a slot the DSL has typed as
     * long/double (or never typed) would change its tag and invalidate compiled code.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class ClearFast {
        @Specialization
        static void clear(VirtualFrame frame, LocalAccessor local, @Bind BytecodeNode bytecode) {
            Object old = local.getObject(bytecode, frame);
            if (old != null) {
                local.setObject(bytecode, frame, null);
                RefCount.decRef(old);
            }
        }
    }

    /** Creates the cell of a captured variable, optionally holding a parameter's value. */
    @Operation
    public static final class MakeCell {
        @Specialization
        static Object make(Object initial) {
            return FrameOps.makeCell(initial);
        }
    }

    /** Reads the i-th cell of the running function's closure (copied into a local at entry). */
    @Operation
    @ConstantOperand(type = int.class, name = "index")
    public static final class LoadClosure {
        @Specialization
        static Object load(VirtualFrame frame, int index) {
            return FrameOps.function(frame).closure[index];
        }
    }

    /** Reads a cell variable (Equivalent of {@code LOAD_DEREF}). */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = String.class, name = "name")
    @ConstantOperand(type = boolean.class, name = "free")
    public static final class LoadDeref {
        @Specialization
        static Object load(VirtualFrame frame, LocalAccessor local, String name, boolean free, @Bind BytecodeNode bytecode) {
            return FrameOps.loadDeref(local.getObject(bytecode, frame), name, free);
        }
    }

    /** Writes a cell variable (Equivalent of {@code STORE_DEREF}). */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    public static final class StoreDeref {
        @Specialization
        static void store(VirtualFrame frame, LocalAccessor local, Object value, @Bind BytecodeNode bytecode) {
            FrameOps.storeDeref(local.getObject(bytecode, frame), value);
        }
    }

    /** {@code del x} for a cell variable. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class)
    @ConstantOperand(type = String.class, name = "name")
    public static final class DeleteDeref {
        @Specialization
        static void delete(VirtualFrame frame, LocalAccessor local, String name, @Bind BytecodeNode bytecode) {
            FrameOps.deleteDeref(local.getObject(bytecode, frame), name);
        }
    }

    // ---------------------------------------------------------------- globals and class namespaces

    /**
     * Reads a global, then a builtin (Equivalent of {@code LOAD_GLOBAL}). The inline cache
     * remembers where the name was found; while neither dict adds or removes keys (their
     * versions), the entry stays put and its current value is read directly, as CPython's
     * specialized LOAD_GLOBAL_MODULE/BUILTIN do with dict key versions.
     */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class LoadGlobal {
        @Specialization(guards = {"globals == cachedGlobals", "unchanged(cachedGlobals, globalsVersion)", "unchanged(builtins, builtinsVersion)"}, limit = "1")
        static Object cached(VirtualFrame frame, String name,
                        @Bind("globalsOf(frame)") PyDict globals,
                        @Cached("globals") PyDict cachedGlobals,
                        @Cached("cachedGlobals.version()") int globalsVersion,
                        @Cached("cachedGlobals.entryOf(name)") int globalsEntry,
                        @Cached("builtinsDict()") PyDict builtins,
                        @Cached("builtins.version()") int builtinsVersion,
                        @Cached("builtins.entryOf(name)") int builtinsEntry) {
            // valueAt is an unlocked read; without the GIL another thread may have just removed
            // the entry (null): then the full lookup decides.
            Object v = globalsEntry >= 0 ? cachedGlobals.valueAt(globalsEntry) : builtinsEntry >= 0 ? builtins.valueAt(builtinsEntry) : null;
            if (v != null) {
                return v;
            }
            if (globalsEntry < 0 && builtinsEntry < 0) {
                throw FrameOps.notDefined(name);
            }
            return FrameOps.loadGlobal(cachedGlobals, name);
        }

        @Specialization(replaces = "cached")
        static Object load(VirtualFrame frame, String name) {
            return FrameOps.loadGlobal(FrameOps.function(frame).globals, name);
        }

        static PyDict globalsOf(VirtualFrame frame) {
            return FrameOps.function(frame).globals;
        }

        /** The dict's keys are where they were when cached (checked on every execution). */
        @NonIdempotent
        static boolean unchanged(PyDict dict, int version) {
            return dict.version() == version;
        }

        static PyDict builtinsDict() {
            return pygil.interpreter.PyContext.get().builtins();
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class StoreGlobal {
        @Specialization
        static void store(VirtualFrame frame, String name, Object value) {
            FrameOps.function(frame).globals.putString(name, value);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class DeleteGlobal {
        @Specialization
        static void delete(VirtualFrame frame, String name) {
            FrameOps.deleteGlobal(FrameOps.function(frame).globals, name);
        }
    }

    /** Reads a name in a class body: namespace, globals, builtins (Equivalent of {@code LOAD_NAME}). */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class LoadName {
        @Specialization
        static Object load(VirtualFrame frame, String name) {
            return FrameOps.loadName(frame, name);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class StoreName {
        @Specialization
        static void store(VirtualFrame frame, String name, Object value) {
            FrameOps.namespace(frame).putString(name, value);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class DeleteName {
        @Specialization
        static void delete(VirtualFrame frame, String name) {
            FrameOps.deleteName(frame, name);
        }
    }

    // ---------------------------------------------------------------- frame entry, statements, exit

    /**
     * Frame entry: counts the recursion depth (RecursionError past the limit) and records the
     * zero-count table and its height in two uncounted locals.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "threadState")
    @ConstantOperand(type = LocalAccessor.class, name = "mark")
    public static final class EnterFrame {
        @Specialization
        static void enter(VirtualFrame frame, LocalAccessor threadState, LocalAccessor mark, @Bind BytecodeNode bytecode) {
            // function entry is a GIL check point (CPython 3.10+'s RESUME), like loop back-edges
            TruffleSafepoint.poll(bytecode);
            PyThreadState ts = FrameOps.enter(PyLanguage.get(bytecode).threadState(), frame.getArguments());
            threadState.setObject(bytecode, frame, ts);
            mark.setInt(bytecode, frame, ts.zct.mark());
        }
    }

    /** After each statement: release what became garbage during it (usually one compare). */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "threadState")
    @ConstantOperand(type = LocalAccessor.class, name = "mark")
    public static final class StatementEnd {
        @Specialization
        static void end(VirtualFrame frame, LocalAccessor threadState, LocalAccessor mark, @Bind BytecodeNode bytecode) {
            ZeroCountTable table = ((PyThreadState) threadState.getObject(bytecode, frame)).zct;
            int height = FrameOps.markOf(mark, bytecode, frame);
            if (table.mark() > height) {
                table.flush(height);
            }
        }
    }

    /** Remembers the value a {@code return} is about to hand to the caller, so the exit keeps it. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "retval")
    public static final class KeepReturn {
        @Specialization
        static Object keep(VirtualFrame frame, LocalAccessor retval, Object value, @Bind BytecodeNode bytecode) {
            retval.setObject(bytecode, frame, value);
            return value;
        }
    }

    /**
     * Frame exit, run in a finally around the body: releases the counted locals, lowers the
     * recursion depth and flushes the zero-count table above the mark, except the return value.
     */
    @Operation
    @ConstantOperand(type = LocalRangeAccessor.class, name = "counted")
    @ConstantOperand(type = LocalAccessor.class, name = "threadState")
    @ConstantOperand(type = LocalAccessor.class, name = "mark")
    @ConstantOperand(type = LocalAccessor.class, name = "retval")
    public static final class ExitFrame {
        @Specialization
        @ExplodeLoop
        static void exit(VirtualFrame frame, LocalRangeAccessor counted, LocalAccessor threadState, LocalAccessor mark, LocalAccessor retval,
                        @Bind BytecodeNode bytecode) {
            for (int i = 0; i < counted.getLength(); i++) {
                Object value = counted.getObject(bytecode, frame, i);
                if (value != null) {
                    counted.setObject(bytecode, frame, i, null);
                    RefCount.decRef(value);
                }
            }
            FrameOps.exit((PyThreadState) threadState.getObject(bytecode, frame), FrameOps.markOf(mark, bytecode, frame), retval.getObject(bytecode, frame));
        }
    }

    /**
     * Frame exit by an exception: as {@link ExitFrame}, but the counted locals are handed to the
     * exception's traceback (they live as long as it does, as CPython's frames do).
     */
    @Operation
    @ConstantOperand(type = LocalRangeAccessor.class, name = "counted")
    @ConstantOperand(type = LocalAccessor.class, name = "threadState")
    @ConstantOperand(type = LocalAccessor.class, name = "mark")
    public static final class ExitFrameOnError {
        @Specialization
        @ExplodeLoop
        static void exit(VirtualFrame frame, LocalRangeAccessor counted, LocalAccessor threadState, LocalAccessor mark, Object exception,
                        @Bind BytecodeNode bytecode) {
            int n = counted.getLength();
            Object[] values = new Object[n];
            int kept = 0;
            for (int i = 0; i < n; i++) {
                Object value = counted.getObject(bytecode, frame, i);
                if (value != null) {
                    counted.setObject(bytecode, frame, i, null);
                    values[kept++] = value;
                }
            }
            FrameOps.exitOnError((PyThreadState) threadState.getObject(bytecode, frame), FrameOps.markOf(mark, bytecode, frame), exception, values, kept);
        }
    }

    // ---------------------------------------------------------------- calls

    /**
     * {@code f(a, b)} with positional arguments only. Python functions whose signature takes
     * exactly these arguments are called directly (inline cache on the code object); everything
     * else goes through {@code Call.call}.
     */
    @Operation
    public static final class CallPositional {
        @Specialization(guards = {"function.code == cachedCode", "acceptsExactly(cachedCode, args.length)"}, limit = "3", //
                        assumptions = "sharedCode()")
        static Object direct(PyFunction function, @Variadic(startOffset = 1) Object[] args,
                        @Cached("function.code") PyCode cachedCode,
                        @Cached("create(cachedCode.callTarget)") DirectCallNode callNode) {
            args[0] = function;
            return callNode.call(args);
        }

        @Specialization(replaces = "direct")
        static Object generic(Object callable, @Variadic(startOffset = 1) Object[] args) {
            return CallOps.callPositional(callable, args);
        }

        static boolean acceptsExactly(PyCode code, int slotted) {
            return CallOps.acceptsExactly(code.signature, slotted - 1);
        }

        /** Direct calls of the shared call target, unless threads run private copies (ThreadPrivateCode). */
        static com.oracle.truffle.api.Assumption sharedCode() {
            return pygil.runtime.gil.ThreadPrivateCode.offAssumption();
        }
    }

    /** {@code f(a, k=v)}: the last {@code kwNames.length} arguments are keyword values. */
    @Operation
    @ConstantOperand(type = String[].class, name = "kwNames")
    public static final class CallKeywords {
        @Specialization
        static Object call(String[] kwNames, Object callable, @Variadic Object[] args) {
            return Call.call(callable, args, kwNames);
        }
    }

    /**
     * {@code f(*args, k=v, **kwargs)}: positional arguments as a tuple; keywords as alternating
     * names and values, where a {@link DisplayOperations.StarNode} name stands for {@code **mapping}.
     */
    @Operation
    public static final class CallUnpacked {
        @Specialization
        static Object call(Object callable, Object positional, @Variadic Object[] keywords) {
            return CallOps.callUnpacked(callable, positional, keywords);
        }
    }

    // attributes and items: GetAttrNode, SetAttrNode, DelAttrNode, GetItemNode, SetItemNode,
    // DelItemNode, and CallMethodNode (calls), in bytecode/ops

    // ---------------------------------------------------------------- functions and classes

    /** {@code def}/{@code lambda}: a new function over this frame's globals. */
    @Operation
    @ConstantOperand(type = PyCode.class, name = "code")
    public static final class MakeFunction {
        @Specialization
        static Object make(VirtualFrame frame, PyCode code, Object defaults, Object kwDefaults, Object annotations, @Variadic Object[] closure) {
            return FrameOps.makeFunction(FrameOps.function(frame), code, defaults, kwDefaults, annotations, closure);
        }
    }

    /** {@code class Name(bases): body} once the body function exists (Equivalent of {@code __build_class__}). */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class BuildClass {
        @Specialization
        static Object build(VirtualFrame frame, String name, Object body, Object keywords, @Variadic Object[] bases) {
            return Classes.build(FrameOps.function(frame), name, body, keywords, bases);
        }
    }

    // ---------------------------------------------------------------- iteration and unpacking

    @Operation
    public static final class GetIter {
        @Specialization
        static Object get(Object iterable) {
            return Iteration.getIter(iterable);
        }
    }

    /**
     * One step of a for loop: stores the next item into a counted local and answers whether there
     * was one (Equivalent of {@code FOR_ITER} + {@code STORE_FAST}). Binding the target is a
     * statement of its own, as CPython's {@code STORE_FAST} releases the previous item before the
     * body runs: the step ends with {@link StatementEnd}'s flush, saving the interpreter a
     * dispatch per iteration. {@code reuse}: the loop unpacks the item from a hidden slot and
     * clears that slot right after, so a dict items iterator may refill its last tuple (see
     * {@code DictIterator.nextReusing}).
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "target")
    @ConstantOperand(type = LocalAccessor.class, name = "threadState")
    @ConstantOperand(type = LocalAccessor.class, name = "mark")
    @ConstantOperand(type = boolean.class, name = "reuse")
    public static final class ForNext {
        /** {@code for i in range(...)}: inlined, so compiled loops need no call per item. */
        @Specialization
        static boolean range(VirtualFrame frame, LocalAccessor target, LocalAccessor threadState, LocalAccessor mark, boolean reuse, RangeIterator iterator,
                        @Bind BytecodeNode bytecode) {
            if (!iterator.hasNext()) {
                return false;
            }
            long value = iterator.nextLong();
            Object old = target.getObject(bytecode, frame);
            target.setLong(bytecode, frame, value);
            if (old instanceof PyObject) {
                // an int item never needs it: nothing else ran since the last statement's flush
                RefCount.decRef(old);
                StatementEnd.end(frame, threadState, mark, bytecode);
            }
            return true;
        }

        /*
         * Lists and dicts (keys, values, items): their iterators' next() is small Java code with
         * its rare paths (errors) behind boundaries, so it is inlined instead of called through
         * the generic boundary. A site that also meets other iterators keeps these cases.
         */
        @Specialization
        static boolean list(VirtualFrame frame, LocalAccessor target, LocalAccessor threadState, LocalAccessor mark, boolean reuse, ListIterator iterator,
                        @Bind BytecodeNode bytecode) {
            return store(frame, target, threadState, mark, bytecode, iterator.next());
        }

        @Specialization
        static boolean dict(VirtualFrame frame, LocalAccessor target, LocalAccessor threadState, LocalAccessor mark, boolean reuse, DictIterator iterator,
                        @Bind BytecodeNode bytecode) {
            return store(frame, target, threadState, mark, bytecode, reuse ? iterator.nextReusing() : iterator.next());
        }

        @Specialization(replaces = "range")
        static boolean next(VirtualFrame frame, LocalAccessor target, LocalAccessor threadState, LocalAccessor mark, boolean reuse, Object iterator,
                        @Bind BytecodeNode bytecode) {
            return store(frame, target, threadState, mark, bytecode, Iteration.next(iterator));
        }

        private static boolean store(VirtualFrame frame, LocalAccessor target, LocalAccessor threadState, LocalAccessor mark, BytecodeNode bytecode,
                        Object value) {
            if (value == Iter.STOP) {
                return false;
            }
            Object old = target.getObject(bytecode, frame);
            RefCount.incRef(value);
            target.setObject(bytecode, frame, value);
            RefCount.decRef(old);
            StatementEnd.end(frame, threadState, mark, bytecode);
            return true;
        }
    }

    /** {@code a, b, c = seq}: an array of exactly {@code count} items (uncounted scratch). */
    @Operation
    @ConstantOperand(type = int.class, name = "count")
    public static final class UnpackSequence {
        /* An exact tuple of the right size (dict items, pairs): its item array itself, read only. */
        @Specialization(guards = {"sequence.getClass() == tupleClass()", "sequence.items.length == count"})
        static Object[] tuple(int count, PyTuple sequence) {
            return sequence.items;
        }

        @Specialization
        static Object[] unpack(int count, Object sequence) {
            return Iteration.unpack(sequence, count);
        }

        static Class<?> tupleClass() {
            return PyTuple.class;
        }
    }

    /** {@code a, *b, c = seq}: before + 1 (the list) + after items. */
    @Operation
    @ConstantOperand(type = int.class, name = "before")
    @ConstantOperand(type = int.class, name = "after")
    public static final class UnpackStarred {
        @Specialization
        static Object[] unpack(int before, int after, Object sequence) {
            return Iteration.unpackStarred(sequence, before, after);
        }
    }

    @Operation
    @ConstantOperand(type = int.class, name = "index")
    public static final class ArrayElement {
        @Specialization
        static Object get(int index, Object[] array) {
            return array[index];
        }
    }

    // ---------------------------------------------------------------- exceptions

    /** Entering an except clause: the handled exception is held by a counted slot until it ends. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "slot")
    public static final class AdoptException {
        @Specialization
        static void adopt(VirtualFrame frame, LocalAccessor slot, Object caught, @Bind BytecodeNode bytecode) {
            Object value = Exceptions.valueOrNull(caught);
            RefCount.incRef(value);
            slot.setObject(bytecode, frame, value);
        }
    }

    /**
     * The exception being handled, as {@code sys.exc_info()} reports it: sets this thread's and
     * answers the previous one (restored when the except clause ends).
     */
    @Operation
    public static final class SetHandled {
        @Specialization
        static Object set(Object exception, @Bind BytecodeNode bytecode) {
            PyThreadState ts = PyLanguage.get(bytecode).threadState();
            Object previous = ts.handledException;
            ts.handledException = exception instanceof pygil.runtime.error.PyException pe ? pe.exception : exception;
            return previous;
        }
    }

    /** An except clause finished normally: the handled exception and its carrier are released. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "slot")
    public static final class HandlerDone {
        @Specialization
        static void done(VirtualFrame frame, LocalAccessor slot, Object caught, @Bind BytecodeNode bytecode) {
            Object value = slot.getObject(bytecode, frame);
            slot.setObject(bytecode, frame, null);
            RefCount.decRef(value);
            Exceptions.dispose(caught);
        }
    }

    /**
     * An except clause left by an exception: the handled one is released, unless it is the one
     * escaping (a bare {@code raise}), whose carrier stays in flight.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "slot")
    public static final class HandlerExit {
        @Specialization
        static void exit(VirtualFrame frame, LocalAccessor slot, Object escaping, Object caught, @Bind BytecodeNode bytecode) {
            Object value = slot.getObject(bytecode, frame);
            slot.setObject(bytecode, frame, null);
            RefCount.decRef(value);
            if (escaping != caught) {
                Exceptions.dispose(caught);
            }
        }
    }

    // ---------------------------------------------------------------- with statements

    // ---------------------------------------------------------------- generators

    /** Before a {@code yield}: the suspended frame no longer counts towards the recursion depth. */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "threadState")
    public static final class GenSuspend {
        @Specialization
        static Object suspend(VirtualFrame frame, LocalAccessor threadState, Object value, @Bind BytecodeNode bytecode) {
            ((PyThreadState) threadState.getObject(bytecode, frame)).recursionDepth--;
            return value;
        }
    }

    /**
     * After a {@code yield} resumes: re-enter the depth count, re-base this frame's mark on the
     * thread's table, and raise what {@code throw()}/{@code close()} sent in (unless delegating).
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "threadState")
    @ConstantOperand(type = LocalAccessor.class, name = "mark")
    @ConstantOperand(type = boolean.class, name = "delegating")
    public static final class GenResume {
        @Specialization
        static Object resume(VirtualFrame frame, LocalAccessor threadState, LocalAccessor mark, boolean delegating, Object sent, @Bind BytecodeNode bytecode) {
            // the generator may resume on another thread than the one it last ran on
            PyThreadState ts = FrameOps.enter(PyLanguage.get(bytecode).threadState(), frame.getArguments());
            threadState.setObject(bytecode, frame, ts);
            mark.setInt(bytecode, frame, ts.zct.mark());
            // inside yield from, a thrown-in exception goes to the delegate (YieldFromStep)
            return delegating ? sent : Generators.resumeValue(sent);
        }
    }

    /** {@code yield from}: the iterator to delegate to. */
    @Operation
    public static final class YieldFromIter {
        @Specialization
        static Object iter(Object iterable) {
            return Generators.yieldFromIter(iterable);
        }
    }

    /**
     * One step of {@code yield from}: sends {@code sent} into the sub-iterator; stores the produced
     * value (true) or the sub-iterator's return value (false) into {@code result}.
     */
    @Operation
    @ConstantOperand(type = LocalAccessor.class, name = "result")
    public static final class YieldFromStep {
        @Specialization
        static boolean step(VirtualFrame frame, LocalAccessor result, Object iterator, Object sent, @Bind BytecodeNode bytecode) {
            return Generators.yieldFromStep(iterator, sent, frame, result, bytecode);
        }
    }

    // ---------------------------------------------------------------- imports

    /** {@code import a.b.c} / {@code from a import b} (Equivalent of {@code IMPORT_NAME}). */
    @Operation
    @ConstantOperand(type = String.class, name = "name")
    @ConstantOperand(type = String[].class, name = "fromList")
    @ConstantOperand(type = int.class, name = "level")
    public static final class ImportName {
        @Specialization
        static Object importName(VirtualFrame frame, String name, String[] fromList, int level) {
            return ImportOps.importName(FrameOps.function(frame).globals, name, fromList, level);
        }
    }

    @Operation
    @ConstantOperand(type = String.class, name = "name")
    public static final class ImportFrom {
        @Specialization
        static Object importFrom(String name, Object module) {
            return ImportOps.importFrom(module, name);
        }
    }

    @Operation
    public static final class ImportStar {
        @Specialization
        static void importStar(VirtualFrame frame, Object module) {
            ImportOps.importStar(module, FrameOps.function(frame).globals);
        }
    }

    /**
     * An explicit GIL check point, emitted before every expression with
     * {@code --switch-points=instruction} (CPython 3.9's behaviour of switching between almost
     * any two instructions, which makes {@code x += 1} races visible).
     */
    @Operation
    public static final class GilCheck {
        @Specialization
        static void check(@Bind BytecodeNode bytecode) {
            TruffleSafepoint.poll(bytecode);
        }
    }

}
