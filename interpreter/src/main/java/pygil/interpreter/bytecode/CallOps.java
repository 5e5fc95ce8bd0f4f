package pygil.interpreter.bytecode;

import java.util.Arrays;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFunction;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Iter;

/**
 * The slow paths of the call instructions. Arrays here follow the
 * {@code @Variadic(startOffset = 1)} convention: slot 0 is reserved for the function itself.
 */
public final class CallOps {
    private CallOps() {}

    /** True when exactly {@code n} positional arguments bind one-to-one to the parameters. */
    public static boolean acceptsExactly(pygil.runtime.object.Signature signature, int n) {
        return signature.isSimple() && signature.argCount == n;
    }

    /** {@code callable(args[1..])}, positional only. */
    @TruffleBoundary
    static Object callPositional(Object callable, Object[] slotted) {
        if (callable instanceof PyFunction f && acceptsExactly(f.code.signature, slotted.length - 1)) {
            slotted[0] = f;
            return f.code.target().call(slotted);
        }
        return Call.call(callable, Arrays.copyOfRange(slotted, 1, slotted.length), ArgBinder.NO_KEYWORDS);
    }

    /** {@code callable(*positional, k=v, **mapping)}: see {@code CallUnpacked}. */
    @TruffleBoundary
    static Object callUnpacked(Object callable, Object positional, Object[] keywords) {
        Object[] pos = positional instanceof PyTuple t ? t.items : Iter.toArray(positional);
        if (keywords.length == 0) {
            return Call.call(callable, pos, ArgBinder.NO_KEYWORDS);
        }
        PyDict kw = new PyDict();
        for (int i = 0; i < keywords.length; i += 2) {
            if (keywords[i] instanceof Displays.Starred s) {
                Call.mergeKeywords(callable, kw, s.value());
            } else {
                Call.putKeyword(callable, kw, keywords[i], keywords[i + 1]);
            }
        }
        return Call.callWithKwargsDict(callable, pos, kw);
    }

    /**
     * {@code receiver.name(args[1..])}. A plain function found on the type of an instance that
     * does not shadow it is called with the receiver as first argument, skipping the bound
     * method object (what CPython's LOAD_METHOD achieves).
     */
    @TruffleBoundary
    public static Object callMethod(Object receiver, String name, Object[] slotted) {
        PyType type = BuiltinTypes.typeOf(receiver);
        Object attr = type.lookup(name);
        if (attr instanceof PyFunction f && (!(receiver instanceof PyInstance inst) || inst.getAttribute(name) == null)) {
            slotted[0] = receiver;
            if (acceptsExactly(f.code.signature, slotted.length)) {
                Object[] frameArgs = new Object[slotted.length + 1];
                frameArgs[0] = f;
                System.arraycopy(slotted, 0, frameArgs, 1, slotted.length);
                return f.code.target().call(frameArgs);
            }
            return Call.call(f, slotted, ArgBinder.NO_KEYWORDS);
        }
        Object bound = Attr.getAttr(receiver, name);
        return Call.call(bound, Arrays.copyOfRange(slotted, 1, slotted.length), ArgBinder.NO_KEYWORDS);
    }
}
