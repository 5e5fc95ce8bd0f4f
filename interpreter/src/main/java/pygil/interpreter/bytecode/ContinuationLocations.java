package pygil.interpreter.bytecode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import com.oracle.truffle.api.bytecode.BytecodeLocation;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.bytecode.ContinuationRootNode;

/**
 * Works around a Bytecode DSL (Truffle 25.0) defect that made every compiled generator resume
 * deoptimize. The DSL creates a generator's continuation roots while building the bytecode,
 * with a location in the root's first (uninitialized) bytecode node, and does not move them when
 * the root switches to its cached interpreter on first execution. A compiled continuation root
 * then always enters the uninitialized node, which transfers to the interpreter and invalidates
 * the code: a deopt cycle ({@code sum(i**2 for i in range(n))} compiled its generator 17 times
 * and gave up). Before a resume we point a stale continuation root at the root's current
 * bytecode node (same bytecode index), so it compiles once.
 *
 * <p>Thread safety: the location field is volatile; two threads fixing the same root write the
 * same location. A compiled continuation that still holds the old location invalidates itself
 * on its next call and recompiles with the new one.
 */
public final class ContinuationLocations {
    private static final VarHandle LOCATION;
    static {
        try {
            Class<?> impl = Class.forName(PyBytecodeRootNodeGen.class.getName() + "$ContinuationRootNodeImpl");
            LOCATION = MethodHandles.privateLookupIn(impl, MethodHandles.lookup()).findVarHandle(impl, "location", BytecodeLocation.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ContinuationLocations() {}

    /** Makes the continuation that {@code result} resumes enter the root's current bytecode. */
    public static void refresh(ContinuationResult result) {
        ContinuationRootNode continuationRoot = result.getContinuationRootNode();
        BytecodeLocation location = (BytecodeLocation) LOCATION.getVolatile(continuationRoot);
        if (location == null) {
            return;
        }
        BytecodeNode current = continuationRoot.getSourceRootNode().getBytecodeNode();
        if (location.getBytecodeNode() != current) {
            LOCATION.setVolatile(continuationRoot, current.getBytecodeLocation(location.getBytecodeIndex()));
        }
    }
}
