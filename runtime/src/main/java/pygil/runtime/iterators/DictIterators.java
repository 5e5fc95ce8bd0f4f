package pygil.runtime.iterators;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.gil.FreeThreading;
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
        /** Scratch for {@link PyDict#nextItem} with the GIL on. */
        private final Object[] current = new Object[2];

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
                if (claimExhaustion()) {
                    d.decRef();
                }
                throw PyErrors.runtimeError("dictionary changed size during iteration");
            }
            if (d.version() != startVersion && seen < startSize) {
                dict = null;
                if (claimExhaustion()) {
                    d.decRef();
                }
                throw PyErrors.runtimeError("dictionary keys changed during iteration");
            }
            // Key and value are read together: without the GIL, under the dict's lock, so a
            // concurrent deletion or resize cannot hand out half an entry.
            Object[] kv = FreeThreading.enabled() ? new Object[2] : current;
            int e;
            if (reverse) {
                e = pos;
                while (e >= 0 && d.nextItem(e, kv) != e) {
                    e--;
                }
                pos = e - 1;
            } else {
                e = d.nextItem(pos, kv);
                pos = e + 1;
            }
            if (e < 0) {
                dict = null;
                if (claimExhaustion()) {
                    d.decRef();
                }
                return Iter.STOP;
            }
            seen++;
            Object k = kv[0];
            Object v = kv[1];
            kv[0] = null;
            kv[1] = null;
            switch (kind) {
                case KEYS:
                    return k;
                case VALUES:
                    return v;
                default:
                    return PyTuple.of(k, v);
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
        /** Scratch for {@link PyAbstractSet#nextKey} with the GIL on. */
        private final Object[] current = new Object[1];

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
                if (claimExhaustion()) {
                    s.decRef();
                }
                throw PyErrors.runtimeError("Set changed size during iteration");
            }
            Object[] k = FreeThreading.enabled() ? new Object[1] : current;
            int j = s.nextKey(slot, k);
            if (j < 0) {
                set = null;
                if (claimExhaustion()) {
                    s.decRef();
                }
                return Iter.STOP;
            }
            slot = j + 1;
            Object key = k[0];
            k[0] = null;
            return key;
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(set);
        }
    }
}
