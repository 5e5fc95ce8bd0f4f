package pygil.runtime.builtins;

import pygil.runtime.object.PNotImplemented;
import pygil.runtime.object.PyAbstractSet;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyFrozenSet;
import pygil.runtime.object.PySet;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Iter;

/**
 * The set algebra with CPython's element orders (Equivalent of {@code set_union},
 * {@code set_intersection}, {@code set_difference}, {@code set_symmetric_difference} and their
 * {@code _update} forms): which operand is iterated, and in which order elements are inserted,
 * decide the printed order of the result, so these follow {@code setobject.c}.
 */
public final class SetOps {
    private SetOps() {}

    /** A new empty set of the same kind (set or frozenset) as {@code like}. */
    static PyAbstractSet newLike(PyAbstractSet like) {
        return like instanceof PyFrozenSet ? new PyFrozenSet() : new PySet();
    }

    /** Adds one key to a set being built (set or frozenset). */
    static void add(PyAbstractSet s, Object key) {
        if (s instanceof PySet m) {
            m.add(key);
        } else {
            ((PyFrozenSet) s).addWhileBuilding(key);
        }
    }

    /** Equivalent of {@code set_update_internal}: adds every element of an iterable. */
    public static void update(PyAbstractSet s, Object iterable) {
        if (iterable instanceof PyAbstractSet o) {
            if (s instanceof PySet m) {
                m.addAll(o);
            } else {
                ((PyFrozenSet) s).addAllWhileBuilding(o);
            }
            return;
        }
        if (iterable instanceof PyDict d && d.getClass() == PyDict.class) {
            if (s instanceof PySet m) {
                m.addDictKeys(d);
            } else {
                ((PyFrozenSet) s).addDictKeysWhileBuilding(d);
            }
            return;
        }
        Object it = Iter.getIter(iterable);
        for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
            add(s, x);
        }
    }

    /** {@code set(iterable)} / a copy of the same kind as {@code like}. */
    public static PyAbstractSet copy(PyAbstractSet like, Object iterable) {
        PyAbstractSet r = newLike(like);
        update(r, iterable);
        return r;
    }

    /** {@code a <op> b} for two sets; NotImplemented for other operators. */
    public static Object binary(PyAbstractSet a, PyAbstractSet b, BinaryOp op) {
        switch (op) {
            case OR: {
                PyAbstractSet r = copy(a, a);
                if (a != b) {
                    update(r, b);
                }
                return r;
            }
            case AND:
                return intersection(a, b);
            case SUB:
                return difference(a, b);
            case XOR: {
                PyAbstractSet r = copy(a, b);
                symmetricDifferenceUpdate(r, a);
                return r;
            }
            default:
                return PNotImplemented.INSTANCE;
        }
    }

    /** {@code a <op>= b} in place. */
    public static Object inplace(PySet a, PyAbstractSet b, BinaryOp op) {
        switch (op) {
            case OR:
                a.addAll(b);
                return a;
            case AND:
                intersectionUpdate(a, b);
                return a;
            case SUB:
                differenceUpdate(a, b);
                return a;
            case XOR:
                symmetricDifferenceUpdate(a, b);
                return a;
            default:
                return PNotImplemented.INSTANCE;
        }
    }

    /** Equivalent of {@code set_intersection}: iterates the smaller set. */
    public static PyAbstractSet intersection(PyAbstractSet so, Object other) {
        PyAbstractSet result = newLike(so);
        if (other == so) {
            update(result, so);
            return result;
        }
        if (other instanceof PyAbstractSet o) {
            PyAbstractSet big = so;
            PyAbstractSet small = o;
            if (o.size() > so.size()) {
                big = o;
                small = so;
            }
            for (int j = small.nextSlot(0); j >= 0; j = small.nextSlot(j + 1)) {
                Object k = small.keyAt(j);
                if (big.contains(k)) {
                    add(result, k);
                }
            }
            return result;
        }
        Object it = Iter.getIter(other);
        for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
            if (so.contains(x)) {
                add(result, x);
            }
        }
        return result;
    }

    /** Equivalent of {@code set_intersection_update}. */
    public static void intersectionUpdate(PySet so, Object other) {
        PyAbstractSet tmp = intersection(so, other);
        so.clear();
        so.addAll(tmp);
    }

    /** Equivalent of {@code set_difference}. */
    public static PyAbstractSet difference(PyAbstractSet so, Object other) {
        int otherSize;
        if (other instanceof PyAbstractSet o) {
            otherSize = o.size();
        } else if (other instanceof PyDict d && d.getClass() == PyDict.class) {
            otherSize = d.size();
        } else {
            PyAbstractSet r = copy(so, so);
            differenceUpdateAny(r, other);
            return r;
        }
        if ((so.size() >> 2) > otherSize) {
            PyAbstractSet r = copy(so, so);
            differenceUpdateAny(r, other);
            return r;
        }
        PyAbstractSet result = newLike(so);
        for (int j = so.nextSlot(0); j >= 0; j = so.nextSlot(j + 1)) {
            Object k = so.keyAt(j);
            boolean in = other instanceof PyAbstractSet o ? o.contains(k) : ((PyDict) other).containsKey(k);
            if (!in) {
                add(result, k);
            }
        }
        return result;
    }

    /** Removes one key from a set being built or mutated; true if it was present. */
    static boolean discard(PyAbstractSet s, Object key) {
        return s instanceof PySet m ? m.discard(key) : ((PyFrozenSet) s).discardWhileBuilding(key);
    }

    /** Equivalent of {@code set_difference_update_internal} on a set being built or mutated. */
    private static void differenceUpdateAny(PyAbstractSet so, Object other) {
        if (other instanceof PyAbstractSet o) {
            for (int j = o.nextSlot(0); j >= 0; j = o.nextSlot(j + 1)) {
                discard(so, o.keyAt(j));
            }
            return;
        }
        Object it = Iter.getIter(other);
        for (Object x = Iter.next(it); x != Iter.STOP; x = Iter.next(it)) {
            discard(so, x);
        }
    }

    /** Equivalent of {@code set_difference_update_internal}. */
    public static void differenceUpdate(PySet so, Object other) {
        if (other == so) {
            so.clear();
            return;
        }
        differenceUpdateAny(so, other);
    }

    /** Equivalent of {@code set_symmetric_difference_update}. */
    public static void symmetricDifferenceUpdate(PyAbstractSet so, Object other) {
        PyAbstractSet o = other instanceof PyAbstractSet s ? s : copy(new PySet(), other);
        if (o == so) {
            for (Object k : so.toArray()) {
                discard(so, k);
            }
            return;
        }
        for (int j = o.nextSlot(0); j >= 0; j = o.nextSlot(j + 1)) {
            Object k = o.keyAt(j);
            if (!discard(so, k)) {
                add(so, k);
            }
        }
    }
}
