package pygil.runtime.iterators;

import java.math.BigInteger;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.num.IntMath;
import pygil.runtime.object.PyByteArray;
import pygil.runtime.object.PyBytes;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyRange;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Iter;
import pygil.runtime.refcount.RefCount;

/** Iterators over the builtin sequences (Equivalent of {@code listiterobject} and friends). */
public final class SequenceIterators {
    private SequenceIterators() {}

    /** {@code iter(list)}: sees appends made during iteration, as CPython's does. */
    public static final class ListIterator extends PyIteratorObject {
        private PyList list;
        private int index;

        public ListIterator(PyList list) {
            super(BuiltinTypes.LIST_ITERATOR);
            this.list = list;
            list.incRef();
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l != null) {
                // One item at a time (under the list's lock without the GIL): a concurrent
                // mutation makes the iteration skip or repeat items, never fail.
                Object v = l.itemOrNull(index);
                if (v != null) {
                    index++;
                    return v;
                }
                list = null;
                if (claimExhaustion()) {
                    l.decRef();
                }
            }
            return Iter.STOP;
        }

        /** Items left ({@code __length_hint__}). */
        public int remaining() {
            PyList l = list;
            return l == null ? 0 : Math.max(0, l.size - index);
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(list);
        }
    }

    /** {@code reversed(list)}. */
    public static final class ListReverseIterator extends PyIteratorObject {
        private PyList list;
        private int index;

        public ListReverseIterator(PyList list) {
            super(BuiltinTypes.LIST_REVERSEITERATOR);
            this.list = list;
            this.index = list.size - 1;
            list.incRef();
        }

        @Override
        public Object next() {
            PyList l = list;
            if (l != null) {
                Object v = index >= 0 ? l.itemOrNull(index) : null;
                if (v != null) {
                    index--;
                    return v;
                }
                list = null;
                if (claimExhaustion()) {
                    l.decRef();
                }
            }
            return Iter.STOP;
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(list);
        }
    }

    /** {@code iter(tuple)}; also used for {@code reversed(tuple)} with a negative step. */
    public static final class TupleIterator extends PyIteratorObject {
        private PyTuple tuple;
        private int index;
        private final int step;

        public TupleIterator(PyTuple tuple, boolean reverse) {
            super(reverse ? BuiltinTypes.REVERSED : BuiltinTypes.TUPLE_ITERATOR);
            this.tuple = tuple;
            this.step = reverse ? -1 : 1;
            this.index = reverse ? tuple.size() - 1 : 0;
            tuple.incRef();
        }

        @Override
        public Object next() {
            PyTuple t = tuple;
            if (t != null) {
                if (index >= 0 && index < t.items.length) {
                    Object o = t.items[index];
                    index += step;
                    return o;
                }
                tuple = null;
                t.decRef();
            }
            return Iter.STOP;
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(tuple);
        }
    }

    /** One-character strings for Latin-1, shared (str iteration allocates nothing for them). */
    static final String[] ASCII = new String[256];

    static {
        for (int i = 0; i < ASCII.length; i++) {
            ASCII[i] = String.valueOf((char) i).intern();
        }
    }

    /** {@code iter(str)}: one code point at a time. */
    public static final class StrIterator extends PyIteratorObject {
        private final String s;
        private int index;
        private final boolean reverse;

        public StrIterator(String s, boolean reverse) {
            super(reverse ? BuiltinTypes.REVERSED : BuiltinTypes.STR_ITERATOR);
            this.s = s;
            this.reverse = reverse;
            this.index = reverse ? s.length() : 0;
        }

        @Override
        public Object next() {
            if (reverse) {
                if (index <= 0) {
                    return Iter.STOP;
                }
                int cp = s.codePointBefore(index);
                index -= Character.charCount(cp);
                return Character.toString(cp);
            }
            if (index >= s.length()) {
                return Iter.STOP;
            }
            char c = s.charAt(index);
            if (!Character.isHighSurrogate(c)) {
                index++;
                return c < ASCII.length ? ASCII[c] : String.valueOf(c);
            }
            int cp = s.codePointAt(index);
            index += Character.charCount(cp);
            return Character.toString(cp);
        }
    }

    /** {@code iter(bytes)}: ints. */
    public static final class BytesIterator extends PyIteratorObject {
        private final PyBytes bytes;
        private int index;

        public BytesIterator(PyBytes b) {
            super(BuiltinTypes.BYTES_ITERATOR);
            this.bytes = b;
            b.incRef();
        }

        @Override
        public Object next() {
            if (index >= bytes.bytes.length) {
                return Iter.STOP;
            }
            return (long) (bytes.bytes[index++] & 0xff);
        }

        @Override
        protected void releaseReferences() {
            bytes.decRef();
        }
    }

    /** {@code iter(bytearray)}: sees changes made during iteration, as CPython's does. */
    public static final class ByteArrayIterator extends PyIteratorObject {
        private PyByteArray array;
        private int index;

        public ByteArrayIterator(PyByteArray a) {
            super(BuiltinTypes.BYTEARRAY_ITERATOR);
            this.array = a;
            a.incRef();
        }

        @Override
        public Object next() {
            PyByteArray a = array;
            if (a != null) {
                if (index < a.size()) {
                    return (long) a.get(index++);
                }
                array = null;
                a.decRef();
            }
            return Iter.STOP;
        }

        @Override
        protected void releaseReferences() {
            RefCount.decRef(array);
        }
    }

    /** {@code iter(range)} for a range whose bounds do not fit a long (CPython's {@code longrange_iterator}). */
    public static final class LongRangeIterator extends PyIteratorObject {
        private BigInteger next;
        private final BigInteger step;
        private BigInteger remaining;

        public LongRangeIterator(BigInteger start, BigInteger step, BigInteger length) {
            super(BuiltinTypes.LONGRANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        @Override
        public Object next() {
            if (remaining.signum() <= 0) {
                return Iter.STOP;
            }
            remaining = remaining.subtract(BigInteger.ONE);
            BigInteger v = next;
            next = next.add(step);
            return IntMath.normalize(v);
        }
    }

    /** {@code iter(range)} (also reversed ranges, via a derived range). */
    public static final class RangeIterator extends PyIteratorObject {
        private long next;
        private final long step;
        private long remaining;

        public RangeIterator(long start, long step, long length) {
            super(BuiltinTypes.RANGE_ITERATOR);
            this.next = start;
            this.step = step;
            this.remaining = length;
        }

        public RangeIterator(PyRange r) {
            this(r.start, r.step, r.length);
        }

        @Override
        public Object next() {
            if (remaining <= 0) {
                return Iter.STOP;
            }
            return nextLong();
        }

        /** Whether {@link #nextLong()} has an item (the interpreter's unboxed loop). */
        public boolean hasNext() {
            return remaining > 0;
        }

        public long nextLong() {
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }
}
