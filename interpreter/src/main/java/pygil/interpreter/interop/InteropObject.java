package pygil.interpreter.interop;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedTypeException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import pygil.interpreter.PyLanguage;
import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.ArgBinder;
import pygil.runtime.call.Call;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyModule;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Repr;

/**
 * A Python object as the polyglot API sees it: None is null; a callable is executable (with
 * positional arguments, converted by {@link InteropValues}); attributes are readable members;
 * a module lists its globals as its members; the display string is {@code repr()}.
 * Anything that can run Python code ({@code __call__}, properties, {@code __repr__}) runs
 * under the GIL through {@link EmbedderCall}.
 */
@ExportLibrary(InteropLibrary.class)
public final class InteropObject implements TruffleObject {
    /** The Python value (never an interop primitive: see {@link InteropValues#toInterop}). */
    final Object value;

    InteropObject(Object value) {
        this.value = value;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return PyLanguage.class;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        if (!allowSideEffects) {
            return "<" + BuiltinTypes.typeName(value) + " object>";
        }
        return EmbedderCall.run(null, () -> Repr.repr(value));
    }

    @ExportMessage
    boolean isNull() {
        return value == PNone.NONE;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isExecutable() {
        return Call.isCallable(value);
    }

    @ExportMessage
    Object execute(Object[] arguments) throws UnsupportedTypeException {
        Object[] args = InteropValues.toPython(arguments);
        return call(value, args);
    }

    @TruffleBoundary
    private static Object call(Object callable, Object[] args) {
        return EmbedderCall.run(null, () -> InteropValues.toInterop(Call.call(callable, args, ArgBinder.NO_KEYWORDS)));
    }

    @ExportMessage
    boolean hasMembers() {
        return value != PNone.NONE;
    }

    /** A module's global names; other objects list no members (their attributes are still readable). */
    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        if (value instanceof PyModule m) {
            return new MemberNames(m.getDict().keysArray());
        }
        return new MemberNames(new Object[0]);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return EmbedderCall.run(null, () -> Attr.lookupAttr(value, member)) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        Object result = EmbedderCall.run(null, () -> {
            Object v = Attr.lookupAttr(value, member);
            return v == null ? null : InteropValues.toInterop(v);
        });
        if (result == null) {
            throw UnknownIdentifierException.create(member);
        }
        return result;
    }
}
