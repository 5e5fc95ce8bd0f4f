package pygil.stdlib.support;

import java.util.Arrays;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.builtins.Methods;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyBuiltinFunction;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyProperty;
import pygil.runtime.object.PyStaticMethod;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Repr;
import pygil.runtime.refcount.RefCount;

/**
 * A "struct sequence" type such as {@code time.struct_time} or {@code os.stat_result}
 * (Equivalent of CPython's {@code PyStructSequence}): a tuple subclass whose visible items are
 * also readable by name, plus named-only fields that are not part of the tuple. Its repr is
 * {@code module.name(field=value, ...)} over the visible items; {@code type(seq)} builds one
 * from a sequence of {@code n_sequence_fields} to {@code n_fields} items. The types are
 * immortal and shared by all interpreters.
 */
public final class StructSeq {
    /** The Python type. */
    public final PyType type;
    private final String fullName;
    private final String[] reprNames;
    private final int visible;
    private final int hidden;

    /**
     * @param visibleNames the names of the tuple items; null for an unnamed item (readable by
     *            index only)
     * @param reprNames the labels of the tuple items in the repr
     * @param hiddenNames the named-only fields (their attribute wins over a visible one's)
     */
    public StructSeq(String module, String name, String[] visibleNames, String[] reprNames, String[] hiddenNames, String doc) {
        this.fullName = module + "." + name;
        this.reprNames = reprNames;
        this.visible = visibleNames.length;
        this.hidden = hiddenNames.length;
        int unnamed = 0;
        PyDict ns = new PyDict();
        ns.putString("__module__", module);
        ns.putString("__slots__", PyTuple.EMPTY);
        ns.putString("__doc__", doc);
        for (int i = 0; i < visibleNames.length; i++) {
            int index = i;
            if (visibleNames[i] == null) {
                unnamed++;
            } else {
                ns.putString(visibleNames[i], getter(visibleNames[i], self -> ((PyTuple) self).items[index]));
            }
        }
        for (int j = 0; j < hiddenNames.length; j++) {
            int index = j;
            ns.putString(hiddenNames[j], getter(hiddenNames[j], self -> self instanceof Value v && v.seq == this ? v.hiddenValues[index] : PNone.NONE));
        }
        ns.putString("n_sequence_fields", (long) visible);
        ns.putString("n_fields", (long) (visible + hidden));
        ns.putString("n_unnamed_fields", (long) unnamed);
        ns.putString("__new__", new PyStaticMethod(new PyBuiltinFunction("__new__", (args, kw) -> construct(args, kw)).makeImmortal()).makeImmortal());
        this.type = PyType.create(name, PyTuple.of(BuiltinTypes.TUPLE), ns).makeImmortal();
        Methods.def0(type, "__repr__", self -> repr((PyTuple) self));
    }

    private static PyProperty getter(String name, java.util.function.Function<Object, Object> f) {
        return new PyProperty(new PyBuiltinFunction(name, (args, kw) -> f.apply(args[0])).makeImmortal(), null, null, PNone.NONE).makeImmortal();
    }

    /** An instance of the visible items and the named-only fields (None where shorter). */
    public Value make(Object[] items, Object... hiddenValues) {
        return new Value(this, items, Arrays.copyOf(hiddenValues, hidden));
    }

    /** The named-only field {@code j} of {@code t} if it is one of these, else null. */
    public Object hidden(PyTuple t, int j) {
        return t instanceof Value v && v.seq == this ? v.hiddenValues[j] : null;
    }

    private String repr(PyTuple t) {
        StringBuilder sb = new StringBuilder(fullName).append('(');
        for (int i = 0; i < reprNames.length && i < t.items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprNames[i]).append('=').append(Repr.repr(t.items[i]));
        }
        return sb.append(')').toString();
    }

    /** {@code type(sequence)}: between n_sequence_fields and n_fields items. */
    private Object construct(Object[] args, String[] kw) {
        if (args.length - kw.length != 2) {
            throw PyErrors.typeError(fullName + "() takes exactly 1 positional argument (" + (args.length - kw.length - 1) + " given)");
        }
        Object seq = args[1];
        if (!Iter.isIterable(seq)) {
            throw PyErrors.typeError("constructor requires a sequence");
        }
        Object[] items = Iter.toArray(seq);
        if (items.length < visible) {
            throw PyErrors.typeError(fullName + "() takes an at least " + visible + "-sequence (" + items.length + "-sequence given)");
        }
        if (items.length > visible + hidden) {
            throw PyErrors.typeError(fullName + "() takes an at most " + (visible + hidden) + "-sequence (" + items.length + "-sequence given)");
        }
        Object[] rest = Arrays.copyOfRange(items, visible, visible + hidden);
        for (int j = items.length - visible; j < hidden; j++) {
            rest[j] = PNone.NONE;
        }
        return new Value(this, Arrays.copyOf(items, visible), rest);
    }

    /** An instance: a tuple of the visible items that also holds the named-only fields. */
    public static final class Value extends PyTuple {
        final StructSeq seq;
        final Object[] hiddenValues;

        Value(StructSeq seq, Object[] items, Object[] hiddenValues) {
            super(items);
            this.seq = seq;
            this.hiddenValues = hiddenValues;
            for (int j = 0; j < hiddenValues.length; j++) {
                if (hiddenValues[j] == null) {
                    hiddenValues[j] = PNone.NONE;
                }
            }
            RefCount.incRefAll(hiddenValues, hiddenValues.length);
        }

        @Override
        public PyType getType() {
            return seq.type;
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRefAll(hiddenValues, hiddenValues.length);
            super.releaseReferences();
        }
    }
}
