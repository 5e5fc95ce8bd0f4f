package pygil.interpreter.compiler;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.bytecode.BytecodeLabel;
import com.oracle.truffle.api.bytecode.BytecodeLocal;

import pygil.scope.Scope;
import pygil.scope.ScopeKind;

/**
 * The state of one code object while it is compiled (Equivalent of CPython's
 * {@code compiler_unit}): its scope, the frame slots of its names, the counted hidden locals,
 * and the labels of the loops and handlers that enclose the statement being compiled.
 */
final class CodeUnit {
    final Scope scope;
    final String qualname;
    final boolean generator;
    /** Fast locals (LOCAL names) of functions, lambdas and comprehensions. */
    final Map<String, BytecodeLocal> fastLocals = new HashMap<>();
    /** Slots holding the PyCell of CELL and FREE names. */
    final Map<String, BytecodeLocal> cellLocals = new HashMap<>();
    /** All counted slots, contiguous: released together on frame exit. */
    BytecodeLocal[] counted;
    /** Counted hidden slots not yet handed out (for-iterators, with managers, yield from). */
    private int nextHidden;
    private int hiddenEnd;
    BytecodeLocal threadState;
    BytecodeLocal mark;
    BytecodeLocal retval;

    /** Enclosing loops, innermost first. */
    final Deque<Loop> loops = new ArrayDeque<>();
    /** Enclosing except handlers' caught-exception slots, innermost first (for bare raise). */
    final Deque<BytecodeLocal> handlers = new ArrayDeque<>();

    record Loop(BytecodeLabel continueLabel, BytecodeLabel breakLabel) {}

    CodeUnit(Scope scope, String qualname) {
        this.scope = scope;
        this.qualname = qualname;
        this.generator = scope.isGenerator();
    }

    boolean isClassBody() {
        return scope.kind() == ScopeKind.CLASS;
    }

    boolean isModule() {
        return scope.kind() == ScopeKind.MODULE;
    }

    void setHiddenRange(int start, int end) {
        this.nextHidden = start;
        this.hiddenEnd = end;
    }

    int hiddenPosition() {
        return nextHidden;
    }

    /** Moves the next free hidden slot (reserving slots, or reusing them for another copy of a finally body). */
    void rewindHidden(int position) {
        nextHidden = position;
    }

    /** A counted hidden slot for a value that must stay alive across statements. */
    BytecodeLocal takeHidden() {
        if (nextHidden >= hiddenEnd) {
            throw new IllegalStateException("hidden local pool exhausted in " + qualname);
        }
        return counted[nextHidden++];
    }
}
