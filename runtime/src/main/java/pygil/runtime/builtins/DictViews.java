package pygil.runtime.builtins;

import pygil.runtime.iterators.DictIterators;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PySet;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;
import pygil.runtime.ops.Iter;

/** {@code dict.keys()}, {@code values()}, {@code items()} (Equivalent of {@code dictviewobject}). */
public final class DictViews {
    private DictViews() {}

    /** A live view of a dict. */
    public static final class View extends PyObject {
        public final PyDict dict;
        public final DictIterators.Kind kind;

        public View(PyDict dict, DictIterators.Kind kind) {
            this.dict = dict;
            this.kind = kind;
            dict.incRef();
        }

        @Override
        public PyType getType() {
            switch (kind) {
                case KEYS:
                    return BuiltinTypes.DICT_KEYS;
                case VALUES:
                    return BuiltinTypes.DICT_VALUES;
                default:
                    return BuiltinTypes.DICT_ITEMS;
            }
        }

        /** A new iterator over the view. */
        public Object iterator() {
            return new DictIterators.DictIterator(dict, kind, false);
        }

        /** {@code reversed(view)}. */
        public Object reversedIterator() {
            return new DictIterators.DictIterator(dict, kind, true);
        }

        public int size() {
            return dict.size();
        }

        /** True for keys and items views, which behave like sets. */
        public boolean isSetLike() {
            return kind != DictIterators.Kind.VALUES;
        }

        /** {@code x in view}. */
        public boolean contains(Object x) {
            switch (kind) {
                case KEYS:
                    return dict.containsKey(x);
                case ITEMS: {
                    if (!(x instanceof PyTuple t) || t.size() != 2) {
                        return false;
                    }
                    Object v = dict.getItem(t.get(0));
                    return v != null && Compare.richCompareBool(v, t.get(1), CompareOp.EQ);
                }
                default: {
                    Object it = iterator();
                    for (Object v = Iter.next(it); v != Iter.STOP; v = Iter.next(it)) {
                        if (Compare.richCompareBool(v, x, CompareOp.EQ)) {
                            return true;
                        }
                    }
                    return false;
                }
            }
        }

        /** The view's elements as a new set (for the set operators of keys/items views). */
        public PySet toSet() {
            PySet s = new PySet();
            SetOps.update(s, this);
            return s;
        }

        @Override
        protected void releaseReferences() {
            dict.decRef();
        }
    }

    /** A set operator where one operand is a keys/items view: both sides become sets. */
    public static Object setOp(Object a, Object b, pygil.runtime.ops.BinaryOp op) {
        if (!Iter.isIterable(a) || !Iter.isIterable(b)) {
            return pygil.runtime.object.PNotImplemented.INSTANCE;
        }
        PySet left = new PySet();
        SetOps.update(left, a);
        PySet right = new PySet();
        SetOps.update(right, b);
        return SetOps.binary(left, right, op);
    }
}
