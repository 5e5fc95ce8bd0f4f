package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.BytecodeNode;
import com.oracle.truffle.api.bytecode.LocalAccessor;
import com.oracle.truffle.api.frame.VirtualFrame;

import pygil.interpreter.objects.PyGenerator;
import pygil.interpreter.objects.PyGenerator.ThrowSignal;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Iter;

/** The instructions around {@code yield} and {@code yield from}. */
final class Generators {
    private Generators() {}

    /** The value a {@code yield} expression produces when resumed; raises a thrown-in exception. */
    static Object resumeValue(Object sent) {
        if (sent instanceof ThrowSignal signal) {
            throw signal.exception();
        }
        return sent == null ? PNone.NONE : sent;
    }

    @TruffleBoundary
    static Object yieldFromIter(Object iterable) {
        return iterable instanceof PyGenerator g ? g : Iter.getIter(iterable);
    }

    /**
     * Sends into the delegate (Equivalent of {@code SEND}). Returns true with the produced value
     * in {@code result}, or false with the delegate's return value in {@code result}.
     */
    static boolean yieldFromStep(Object iterator, Object sent, VirtualFrame frame, LocalAccessor result, BytecodeNode bytecode) {
        Object[] produced = new Object[1];
        boolean more = step(iterator, sent, produced);
        result.setObject(bytecode, frame, produced[0]);
        return more;
    }

    @TruffleBoundary
    private static boolean step(Object iterator, Object sent, Object[] produced) {
        Object value;
        boolean more;
        if (iterator instanceof PyGenerator g) {
            PyGenerator.Step step;
            if (sent instanceof ThrowSignal signal) {
                if (signal.exception().exception.getType().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
                    g.close();
                    throw signal.exception();
                }
                step = g.resume(signal);
            } else {
                step = g.resume(sent == null ? PNone.NONE : sent);
            }
            more = !step.finished();
            value = step.value();
        } else if (sent instanceof ThrowSignal signal) {
            throw signal.exception();
        } else if (sent != null && sent != PNone.NONE) {
            try {
                value = Call.call(Attr.getAttr(iterator, "send"), new Object[]{sent}, pygil.runtime.call.ArgBinder.NO_KEYWORDS);
                more = true;
            } catch (PyException e) {
                if (!e.exception.getType().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                value = stopValue(e);
                e.dispose();
                more = false;
            }
        } else {
            Object next = Iter.next(iterator);
            more = next != Iter.STOP;
            value = more ? next : PNone.NONE;
        }
        produced[0] = value;
        return more;
    }

    private static Object stopValue(PyException e) {
        Object[] args = e.exception.getArgs().items;
        return args.length > 0 ? args[0] : PNone.NONE;
    }
}
