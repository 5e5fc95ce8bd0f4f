package pygil.runtime.builtins;

import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyList;
import pygil.runtime.ops.Compare;
import pygil.runtime.ops.CompareOp;

/**
 * {@code list.sort(key=None, reverse=False)} (Equivalent of {@code list_sort_impl}): a stable
 * merge sort that only uses {@code <}, so inconsistent user comparisons never make it fail
 * (Java's TimSort would), with CPython's reverse trick (reverse, sort, reverse) to keep equal
 * elements in order. While sorting, the list is empty; a modification is reported as
 * "list modified during sort".
 */
public final class Sorting {
    private Sorting() {}

    public static void sort(PyList list, Object key, boolean reverse) {
        // Taken out atomically: other threads see an empty list while the sort runs.
        Object[] items = list.takeItems();
        int n = items.length;
        try {
            Object[] keys = items;
            if (key != null && key != PNone.NONE) {
                keys = new Object[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = Call.call1(key, items[i]);
                }
            }
            if (reverse) {
                reverse(keys, n);
                if (keys != items) {
                    reverse(items, n);
                }
            }
            int kind = homogeneousKind(keys, n);
            mergeSort(keys, keys == items ? null : items, n, kind);
            if (reverse) {
                reverse(keys, n);
                if (keys != items) {
                    reverse(items, n);
                }
            }
        } finally {
            Object[] added = list.swapItems(items, n);
            if (added.length != 0) {
                pygil.runtime.refcount.RefCount.decRefAll(added, added.length);
                throw PyErrors.valueError("list modified during sort");
            }
        }
    }

    private static void reverse(Object[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** 1: all Long, 2: all String, 0: mixed. */
    private static int homogeneousKind(Object[] keys, int n) {
        if (n == 0) {
            return 0;
        }
        boolean longs = true;
        boolean strs = true;
        for (int i = 0; i < n; i++) {
            longs &= keys[i] instanceof Long;
            strs &= keys[i] instanceof String;
        }
        return longs ? 1 : strs ? 2 : 0;
    }

    private static boolean lessThan(Object a, Object b, int kind) {
        if (kind == 1) {
            return (Long) a < (Long) b;
        }
        if (kind == 2) {
            return Compare.compareStrings((String) a, (String) b) < 0;
        }
        return Compare.richCompareBool(a, b, CompareOp.LT);
    }

    /** Sorts keys (and values alongside, if non-null) stably. */
    private static void mergeSort(Object[] keys, Object[] values, int n, int kind) {
        if (n < 2) {
            return;
        }
        Object[] tk = new Object[n];
        Object[] tv = values == null ? null : new Object[n];
        sortRange(keys, values, tk, tv, 0, n, kind);
    }

    private static void sortRange(Object[] k, Object[] v, Object[] tk, Object[] tv, int lo, int hi, int kind) {
        if (hi - lo <= 16) {
            // Binary insertion sort (stable: insert after equal elements).
            for (int i = lo + 1; i < hi; i++) {
                Object key = k[i];
                Object val = v == null ? null : v[i];
                int l = lo;
                int r = i;
                while (l < r) {
                    int mid = (l + r) >>> 1;
                    if (lessThan(key, k[mid], kind)) {
                        r = mid;
                    } else {
                        l = mid + 1;
                    }
                }
                System.arraycopy(k, l, k, l + 1, i - l);
                k[l] = key;
                if (v != null) {
                    System.arraycopy(v, l, v, l + 1, i - l);
                    v[l] = val;
                }
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortRange(k, v, tk, tv, lo, mid, kind);
        sortRange(k, v, tk, tv, mid, hi, kind);
        if (!lessThan(k[mid], k[mid - 1], kind)) {
            return; // already in order
        }
        System.arraycopy(k, lo, tk, lo, hi - lo);
        if (v != null) {
            System.arraycopy(v, lo, tv, lo, hi - lo);
        }
        int i = lo;
        int j = mid;
        int o = lo;
        while (i < mid && j < hi) {
            if (lessThan(tk[j], tk[i], kind)) {
                k[o] = tk[j];
                if (v != null) {
                    v[o] = tv[j];
                }
                j++;
            } else {
                k[o] = tk[i];
                if (v != null) {
                    v[o] = tv[i];
                }
                i++;
            }
            o++;
        }
        while (i < mid) {
            k[o] = tk[i];
            if (v != null) {
                v[o] = tv[i];
            }
            i++;
            o++;
        }
        while (j < hi) {
            k[o] = tk[j];
            if (v != null) {
                v[o] = tv[j];
            }
            j++;
            o++;
        }
    }
}
