package pygil.interpreter.objects;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.bytecode.ContinuationResult;

import pygil.interpreter.bytecode.ContinuationLocations;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyBaseException;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyCode;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.PyIterator;

/**
 * A generator: a suspended bytecode frame (Equivalent of {@code PyGenObject}). The frame lives in
 * a Bytecode DSL {@link ContinuationResult}; resuming it runs until the next {@code yield}
 * (another continuation) or until the body returns (the generator is finished).
 *
 * <p>{@code throw()} and {@code close()} resume the frame with a {@link ThrowSignal}, which the
 * instruction after each yield raises inside the frame, so that {@code try}/{@code finally}
 * blocks in the generator run as in CPython. A generator released by reference counting while
 * suspended is closed, which runs those finally blocks (Equivalent of {@code _PyGen_Finalize}).
 */
public final class PyGenerator extends PyObject implements PyIterator {

    /** What {@code throw()} sends into the frame. */
    public record ThrowSignal(PyException exception) {}

    /** The outcome of one resumption: a yielded value, or the return value when finished. */
    public record Step(boolean finished, Object value) {}

    private static PyType type;

    private ContinuationResult continuation;
    /** The return value of a finished generator, until next() reports it once. */
    private Object returnValue;
    private boolean started;
    private boolean running;
    public final PyCode code;

    public PyGenerator(ContinuationResult initial, PyCode code) {
        this.continuation = initial;
        this.code = code;
    }

    public static void setType(PyType generatorType) {
        type = generatorType;
    }

    @Override
    public PyType getType() {
        return type;
    }

    public boolean isFinished() {
        return continuation == null;
    }

    /** Resumes the frame with {@code value} (Equivalent of {@code gen_send_ex}). */
    @TruffleBoundary
    public Step resume(Object value) {
        if (continuation == null) {
            return new Step(true, PNone.NONE);
        }
        if (running) {
            throw PyErrors.valueError("generator already executing");
        }
        if (!started && value != PNone.NONE && !(value instanceof ThrowSignal)) {
            throw PyErrors.typeError("can't send non-None value to a just-started generator");
        }
        started = true;
        running = true;
        Object result;
        try {
            ContinuationLocations.refresh(continuation);
            result = continuation.continueWith(value);
        } catch (PyException e) {
            continuation = null;
            if (e.exception.getType().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                PyException re = PyErrors.runtimeError("generator raised StopIteration");
                re.exception.setCause(e.exception);
                re.exception.setContext(e.exception);
                throw re;
            }
            throw e;
        } finally {
            running = false;
        }
        if (result instanceof ContinuationResult next) {
            continuation = next;
            return new Step(false, next.getResult());
        }
        continuation = null;
        return new Step(true, result == null ? PNone.NONE : result);
    }

    /** The iterator protocol: the next value, or {@link Iter#STOP}. */
    @Override
    public Object next() {
        Step step = resume(PNone.NONE);
        if (step.finished()) {
            returnValue = step.value() == PNone.NONE ? null : step.value();
            return Iter.STOP;
        }
        return step.value();
    }

    /** The return value for the StopIteration that ends this generator (reported once). */
    @Override
    public Object stopValue() {
        Object v = returnValue;
        returnValue = null;
        return v;
    }

    public boolean isRunning() {
        return running;
    }

    /** {@code gen.send(value)}: StopIteration(value) when the generator returns. */
    @TruffleBoundary
    public Object send(Object value) {
        Step step = resume(value);
        if (step.finished()) {
            throw stopIteration(step.value());
        }
        return step.value();
    }

    /** {@code gen.throw(exc)}. */
    @TruffleBoundary
    public Object throwInto(PyBaseException exc) {
        if (continuation == null) {
            throw new PyException(exc);
        }
        if (!started) {
            continuation = null;
            throw new PyException(exc);
        }
        Step step = resume(new ThrowSignal(new PyException(exc)));
        if (step.finished()) {
            throw stopIteration(step.value());
        }
        return step.value();
    }

    /** {@code gen.close()}: GeneratorExit into the frame; a yield in response is an error. */
    @TruffleBoundary
    public void close() {
        if (continuation == null) {
            return;
        }
        if (!started) {
            continuation = null;
            return;
        }
        try {
            Step step = resume(new ThrowSignal(new PyException(PyErrors.newException(ExceptionTypes.GENERATOR_EXIT))));
            if (!step.finished()) {
                throw PyErrors.runtimeError("generator ignored GeneratorExit");
            }
        } catch (PyException e) {
            PyType t = e.exception.getType();
            if (!t.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT) && !t.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                throw e;
            }
            e.dispose(); // handled here: the exception (and the frame locals its traceback keeps) can go
        }
    }

    private static PyException stopIteration(Object value) {
        PyBaseException e = value == PNone.NONE ? PyErrors.newException(ExceptionTypes.STOP_ITERATION)
                        : PyErrors.newException(ExceptionTypes.STOP_ITERATION, value);
        return new PyException(e);
    }

    @Override
    protected void releaseReferences() {
        if (continuation != null && started && !running) {
            close();
        }
        continuation = null;
    }
}
