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
        /**
         * The items tuple {@link #nextReusing} handed out last, counted (Equivalent of
         * {@code dictiterobject.di_result}); null until then, and always with the GIL off.
         */
        private PyTuple result;

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
            return next(false);
        }

        /**
         * {@link #next()} for a for loop that unpacks each item at once and then clears its
         * item slot (the interpreter's {@code ForNext} with {@code reuse}): an items tuple that
         * only this iterator still references is refilled instead of allocating a new one, as
         * CPython's {@code dictiter_iternextitem} does when {@code di_result}'s refcount is 1.
         * The count is exact here, not a lower bound: such a loop hands the tuple only to its
         * counted item slot, so no uncounted temporary can hold it. Plain {@code next()} calls
         * (the builtin, other loops) always get a new tuple and leave {@link #result} alone.
         */
        public Object nextReusing() {
            return next(kind == Kind.ITEMS && !FreeThreading.enabled());
        }

        private Object next(boolean reuse) {
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
                    return reuse ? reusedItem(k, v) : PyTuple.of(k, v);
            }
        }

        private PyTuple reusedItem(Object k, Object v) {
            PyTuple r = result;
            if (r != null && r.refcnt == 1) {
                Object[] items = r.items;
                Object oldKey = items[0];
                Object oldValue = items[1];
                RefCount.incRef(k);
                RefCount.incRef(v);
                items[0] = k;
                items[1] = v;
                RefCount.decRef(oldKey);
                RefCount.decRef(oldValue);
                return r;
            }
            PyTuple t = PyTuple.of(k, v);
            t.incRef();
            result = t;
            RefCount.decRef(r);
            return t;
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(result);
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
