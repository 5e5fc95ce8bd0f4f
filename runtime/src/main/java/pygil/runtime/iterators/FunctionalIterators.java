package pygil.runtime.iterators;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Truth;
import pygil.runtime.refcount.RefCount;

/**
 * The iterator objects of the builtins module: {@code enumerate}, {@code zip}, {@code map},
 * {@code filter}, {@code reversed} over a sequence, the two-argument {@code iter} and the
 * {@code __getitem__}-based sequence iterator.
 */
public final class FunctionalIterators {
    private FunctionalIterators() {}

    /** {@code enumerate(iterable, start)}. */
    public static final class Enumerate extends PyIteratorObject {
        private final Object it;
        private Object count;

        public Enumerate(Object iterator, Object start) {
            super(BuiltinTypes.ENUMERATE);
            this.it = iterator;
            this.count = start;
            RefCount.incRef(iterator);
        }

        @Override
        public Object next() {
            Object v = Iter.next(it);
            if (v == Iter.STOP) {
                return Iter.STOP;
            }
            Object i = count;
            count = i instanceof Long l && l != Long.MAX_VALUE ? (Object) (l + 1) : IntMath.add(i, 1L);
            return PyTuple.of(i, v);
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(it);
        }
    }

    /** {@code zip(*iterables, strict=False)}. */
    public static final class Zip extends PyIteratorObject {
        private final Object[] its;
        private final boolean strict;
        private boolean done;

        public Zip(Object[] iterators, boolean strict) {
            super(BuiltinTypes.ZIP);
            this.its = iterators;
            this.strict = strict;
            RefCount.incRefAll(iterators, iterators.length);
        }

        @Override
        public Object next() {
            if (done || its.length == 0) {
                return Iter.STOP;
            }
            Object[] items = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = Iter.next(its[i]);
                if (v == Iter.STOP) {
                    done = true;
                    if (strict) {
                        checkStrict(i);
                    }
                    return Iter.STOP;
                }
                items[i] = v;
            }
            return PyTuple.of(items);
        }

        private void checkStrict(int exhausted) {
            if (exhausted > 0) {
                throw PyErrors.valueError("zip() argument " + (exhausted + 1) + " is shorter than argument" + (exhausted == 1 ? " 1" : "s 1-" + exhausted));
            }
            for (int i = 1; i < its.length; i++) {
                if (Iter.next(its[i]) != Iter.STOP) {
                    throw PyErrors.valueError("zip() argument " + (i + 1) + " is longer than argument" + (i == 1 ? " 1" : "s 1-" + i));
                }
            }
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRefAll(its, its.length);
        }
    }

    /** {@code map(func, *iterables)}. */
    public static final class MapIterator extends PyIteratorObject {
        private final Object func;
        private final Object[] its;

        public MapIterator(Object func, Object[] iterators) {
            super(BuiltinTypes.MAP);
            this.func = func;
            this.its = iterators;
            RefCount.incRef(func);
            RefCount.incRefAll(iterators, iterators.length);
        }

        @Override
        public Object next() {
            Object[] args = new Object[its.length];
            for (int i = 0; i < its.length; i++) {
                Object v = Iter.next(its[i]);
                if (v == Iter.STOP) {
                    return Iter.STOP;
                }
                args[i] = v;
            }
            return Call.call(func, args, pygil.runtime.call.ArgBinder.NO_KEYWORDS);
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRefAll(its, its.length);
            RefCount.decRef(func);
        }
    }

    /** {@code filter(func_or_None, iterable)}. */
    public static final class FilterIterator extends PyIteratorObject {
        private final Object func;
        private final Object it;

        public FilterIterator(Object func, Object iterator) {
            super(BuiltinTypes.FILTER);
            this.func = func;
            this.it = iterator;
            RefCount.incRef(func);
            RefCount.incRef(iterator);
        }

        @Override
        public Object next() {
            while (true) {
                Object v = Iter.next(it);
                if (v == Iter.STOP) {
                    return Iter.STOP;
                }
                boolean keep = func == PNone.NONE ? Truth.isTrue(v) : Truth.isTrue(Call.call1(func, v));
                if (keep) {
                    return v;
                }
            }
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(it);
            RefCount.decRef(func);
        }
    }

    /** {@code reversed(seq)} through {@code __len__}/{@code __getitem__}. */
    public static final class ReversedSequence extends PyIteratorObject {
        private Object seq;
        private long index;

        public ReversedSequence(Object seq, long length) {
            super(BuiltinTypes.REVERSED);
            this.seq = seq;
            this.index = length - 1;
            RefCount.incRef(seq);
        }

        @Override
        public Object next() {
            if (seq == null || index < 0) {
                return Iter.STOP;
            }
            try {
                return Items.getItem(seq, index--);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                    index = -1;
                    return Iter.STOP;
                }
                throw e;
            }
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(seq);
        }
    }

    /** The iterator of an object with only {@code __getitem__} (Equivalent of {@code seqiterobject}). */
    public static final class SeqIterator extends PyIteratorObject {
        private Object seq;
        private long index;

        public SeqIterator(Object seq) {
            super(BuiltinTypes.SEQ_ITERATOR);
            this.seq = seq;
            RefCount.incRef(seq);
        }

        @Override
        public Object next() {
            Object s = seq;
            if (s == null) {
                return Iter.STOP;
            }
            try {
                return Items.getItem(s, index++);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                    seq = null;
                    RefCount.decRef(s);
                    return Iter.STOP;
                }
                throw e;
            }
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(seq);
        }
    }

    /** {@code iter(callable, sentinel)} (Equivalent of {@code calliterobject}). */
    public static final class CallableIterator extends PyIteratorObject {
        private Object callable;
        private final Object sentinel;

        public CallableIterator(Object callable, Object sentinel) {
            super(BuiltinTypes.CALLABLE_ITERATOR);
            this.callable = callable;
            this.sentinel = sentinel;
            RefCount.incRef(callable);
            RefCount.incRef(sentinel);
        }

        @Override
        public Object next() {
            Object c = callable;
            if (c == null) {
                return Iter.STOP;
            }
            Object v;
            try {
                v = Call.call0(c);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                    callable = null;
                    RefCount.decRef(c);
                    return Iter.STOP;
                }
                throw e;
            }
            if (Compare.richCompareBool(v, sentinel, pygil.runtime.ops.CompareOp.EQ)) {
                callable = null;
                RefCount.decRef(c);
                return Iter.STOP;
            }
            return v;
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(sentinel);
            RefCount.decRef(callable);
        }
    }
}
