package pygil.runtime.iterators;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Iter;
import pygil.runtime.refcount.RefCount;

/**
 * Iterators over dicts and sets (Equivalent of {@code dictiterobject} and
 * {@code setiterobject}), with CPython's "changed size during iteration" checks.
 */
public final class DictIterators {
    private DictIterators() {}

    /** What a dict iterator yields. */
    public enum Kind {
        KEYS, VALUES, ITEMS
    }

    /** Iterates a dict's keys, values or items in insertion order (or reverse). */
    public static final class DictIterator extends PyIteratorObject {
        private PyDict dict;
        private final Kind kind;
        private final boolean reverse;
        private int pos;
        private final int startSize;
        private final int startVersion;
        private int seen;

        public DictIterator(PyDict dict, Kind kind, boolean reverse) {
            super(reverse ? BuiltinTypes.DICT_REVERSEKEYITERATOR
                            : kind == Kind.KEYS ? BuiltinTypes.DICT_KEYITERATOR : kind == Kind.VALUES ? BuiltinTypes.DICT_VALUEITERATOR : BuiltinTypes.DICT_ITEMITERATOR);
            this.dict = dict;
            this.kind = kind;
            this.reverse = reverse;
            this.startSize = dict.size();
            this.startVersion = dict.version();
            this.pos = reverse ? lastEntry(dict) : 0;
            dict.incRef();
        }

        private static int lastEntry(PyDict d) {
            int last = -1;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                last = e;
            }
            return last;
        }

        @Override
        public Object next() {
            PyDict d = dict;
            if (d == null) {
                return Iter.STOP;
            }
            if (d.size() != startSize) {
                dict = null;
                d.decRef();
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            if (d.version() != startVersion && seen < startSize) {
                dict = null;
                d.decRef();
                throw PyErrors.runtimeError("dictionary keys changed during iteration");
            }
            int e;
            if (reverse) {
                e = pos;
                while (e >= 0 && d.nextEntry(e) != e) {
                    e--;
                }
                pos = e - 1;
            } else {
                e = d.nextEntry(pos);
                pos = e + 1;
            }
            if (e < 0) {
                dict = null;
                d.decRef();
                return Iter.STOP;
            }
            seen++;
            switch (kind) {
                case KEYS:
                    return d.keyAt(e);
                case VALUES:
                    return d.valueAt(e);
                default:
                    return PyTuple.of(d.keyAt(e), d.valueAt(e));
            }
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(dict);
        }
    }

    /** {@code iter(set)} in slot order. */
    public static final class SetIterator extends PyIteratorObject {
        private PyAbstractSet set;
        private int slot;
        private final int startSize;

        public SetIterator(PyAbstractSet set) {
            super(BuiltinTypes.SET_ITERATOR);
            this.set = set;
            this.startSize = set.size();
            set.incRef();
        }

        @Override
        public Object next() {
            PyAbstractSet s = set;
            if (s == null) {
                return Iter.STOP;
            }
            if (s.size() != startSize) {
                set = null;
                s.decRef();
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            int j = s.nextSlot(slot);
            if (j < 0) {
                set = null;
                s.decRef();
                return Iter.STOP;
            }
            slot = j + 1;
            return s.keyAt(j);
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(set);
        }
    }
}
