package pygil.interpreter.main;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeLocal;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.Instruction;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.SourceSection;

import pygil.interpreter.bytecode.PyBytecodeRootNode;
import pygil.runtime.object.PyCode;
import pygil.runtime.ops.Repr;

/**
 * {@code --dis} and {@code dis.dis()}: each code object's instructions, with source line,
 * bytecode index, instruction name and operands (Equivalent of CPython's {@code dis} output,
 * for pygil's own instruction set). Nested code objects (functions, classes, lambdas,
 * comprehensions) follow their parent, found through the {@code MakeFunction} constants.
 */
public final class Disassembler {
    private final StringBuilder out = new StringBuilder();
    private final Map<PyCode, Boolean> seen = new IdentityHashMap<>();

    private Disassembler() {}

    @TruffleBoundary
    public static String disassemble(PyCode code) {
        Disassembler d = new Disassembler();
        d.code(code);
        return d.out.toString();
    }

    private void code(PyCode code) {
        if (seen.put(code, true) != null) {
            return;
        }
        PyBytecodeRootNode root = rootOf(code);
        if (root == null) {
            return;
        }
        if (out.length() > 0) {
            out.append('\n');
        }
        out.append("Disassembly of ").append(code.qualname).append(" (").append(code.filename).append(", line ").append(code.firstLine).append("):\n");
        BytecodeNode bytecode = root.getBytecodeNode();
        List<PyCode> nested = new ArrayList<>();
        int lastLine = -1;
        for (Instruction instruction : bytecode.getInstructions()) {
            SourceSection section = instruction.getSourceSection();
            int line = section == null || !section.isAvailable() ? -1 : section.getStartLine();
            String lineText = line != lastLine && line > 0 ? String.valueOf(line) : "";
            lastLine = line;
            out.append(String.format("%6s %6d  %-22s %s%n", lineText, instruction.getBytecodeIndex(), name(instruction), operands(instruction, nested)).stripTrailing()).append('\n');
        }
        for (PyCode c : nested) {
            code(c);
        }
    }

    /** The bytecode root behind a code object's call target (generators have a factory root in front). */
    private static PyBytecodeRootNode rootOf(PyCode code) {
        if (code.callTarget == null) {
            return null;
        }
        RootNode root = code.callTarget.getRootNode();
        if (root instanceof PyBytecodeRootNode r) {
            return r;
        }
        if (root instanceof pygil.interpreter.bytecode.GeneratorFunctionRootNode g) {
            return g.body();
        }
        return null;
    }

    private static String name(Instruction instruction) {
        String n = instruction.getName();
        return n.startsWith("c.") ? n.substring(2) : n;
    }

    private static String operands(Instruction instruction, List<PyCode> nested) {
        StringBuilder sb = new StringBuilder();
        for (Instruction.Argument a : instruction.getArguments()) {
            if (a.getName().startsWith("child")) {
                continue; // the DSL's links to operand instructions, for quickening
            }
            String value = switch (a.getKind()) {
                case CONSTANT -> constant(a.asConstant(), nested);
                case INTEGER -> String.valueOf(a.asInteger());
                case BYTECODE_INDEX -> "to " + a.asBytecodeIndex();
                case LOCAL_OFFSET -> "local " + a.asLocalOffset();
                default -> null;
            };
            if (value != null) {
                if (sb.length() > 0) {
                    sb.append(", ");
                }
                sb.append(a.getName()).append('=').append(value);
            }
        }
        return sb.toString();
    }

    private static String constant(Object c, List<PyCode> nested) {
        if (c instanceof PyCode code) {
            nested.add(code);
            return "<code " + code.qualname + ">";
        }
        if (c instanceof com.oracle.truffle.api.bytecode.LocalAccessor || c instanceof com.oracle.truffle.api.bytecode.LocalRangeAccessor
                        || c instanceof BytecodeLocal) {
            return c.toString().replaceAll(".*localOffset=(\\d+).*", "local $1").replaceAll(".*\\[(\\d+)\\.\\.\\.(\\d+)\\].*", "locals $1..$2");
        }
        if (c instanceof Integer i) {
            return i.toString(); // an int operand of the DSL, such as FormatValue's conversion
        }
        if (c instanceof String[] names) {
            return String.join(",", names);
        }
        try {
            return Repr.repr(c);
        } catch (RuntimeException e) {
            return String.valueOf(c);
        }
    }
}
