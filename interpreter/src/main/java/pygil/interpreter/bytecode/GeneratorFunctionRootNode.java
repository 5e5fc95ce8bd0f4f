package pygil.interpreter.bytecode;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.bytecode.ContinuationResult;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.RootNode;

import pygil.interpreter.PyLanguage;
import pygil.interpreter.objects.PyGenerator;
import pygil.runtime.object.PyCode;

/**
 * The call target of a generator function. Calling a generator function binds its arguments
 * and returns a generator without running the body: the body root starts with a {@code yield}
 * that suspends at once, and this root wraps that first continuation in a {@link PyGenerator}.
 */
public final class GeneratorFunctionRootNode extends RootNode {

    @Child private DirectCallNode body;
    private final RootCallTarget bodyTarget;
    private final PyCode code;

    public GeneratorFunctionRootNode(PyLanguage language, RootCallTarget bodyTarget, PyCode code) {
        super(language);
        this.body = DirectCallNode.create(bodyTarget);
        this.bodyTarget = bodyTarget;
        this.code = code;
    }

    /** The generator body's bytecode (for the disassembler). */
    public PyBytecodeRootNode body() {
        return (PyBytecodeRootNode) bodyTarget.getRootNode();
    }

    @Override
    public Object execute(VirtualFrame frame) {
        Object first = body.call(frame.getArguments());
        return new PyGenerator((ContinuationResult) first, code);
    }

    @Override
    public String getName() {
        return code.name;
    }

    @Override
    public boolean isInternal() {
        return true;
    }
}
