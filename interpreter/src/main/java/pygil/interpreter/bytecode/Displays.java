package pygil.interpreter.bytecode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PySet;
import pygil.runtime.object.PySlice;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Iter;
import pygil.runtime.ops.Repr;
import pygil.runtime.builtins.BuiltinTypes;

/** Tuple, list, set and dict displays (with {@code *}/{@code **} unpacking), slices, f-strings. */
final class Displays {
    private Displays() {}

    /** Marks a {@code *value} (or, as a dict key, {@code **value}) element of a display. */
    record Starred(Object value) {}

    private static boolean hasStar(Object[] items) {
        for (Object item : items) {
            if (item instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    @TruffleBoundary
    private static Object[] expand(Object[] items) {
        PyList all = new PyList();
        for (Object item : items) {
            if (item instanceof Starred s) {
                for (Object x : Iter.toArray(s.value())) {
                    all.append(x);
                }
            } else {
                all.append(item);
            }
        }
        Object[] result = all.toArray();
        all.clear();
        return result;
    }

    static Object tuple(Object[] items) {
        return PyTuple.of(hasStar(items) ? expand(items) : items.clone());
    }

    static Object list(Object[] items) {
        return PyList.of(hasStar(items) ? expand(items) : items);
    }

    @TruffleBoundary
    static Object set(Object[] items) {
        PySet set = new PySet();
        for (Object item : hasStar(items) ? expand(items) : items) {
            set.add(item);
        }
        return set;
    }

    @TruffleBoundary
    static Object dict(Object[] keysAndValues) {
        PyDict dict = new PyDict();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object key = keysAndValues[i];
            if (key instanceof Starred s) {
                mergeMapping(dict, s.value());
            } else {
                dict.setItem(key, keysAndValues[i + 1]);
            }
        }
        return dict;
    }

    @TruffleBoundary
    private static void mergeMapping(PyDict target, Object mapping) {
        if (mapping instanceof PyDict d) {
            for (Object key : d.keysArray()) {
                target.setItem(key, d.getItem(key));
            }
            return;
        }
        Object keysMethod = Attr.lookupSpecial(mapping, "keys");
        if (keysMethod == null) {
            throw PyErrors.typeError("'" + BuiltinTypes.typeOf(mapping).getName() + "' object is not a mapping");
        }
        for (Object key : Iter.toArray(pygil.runtime.call.Call.callMethod(mapping, "keys"))) {
            target.setItem(key, pygil.runtime.ops.Items.getItem(mapping, key));
        }
    }

    static Object slice(Object lower, Object upper, Object step) {
        return new PySlice(lower == null ? PNone.NONE : lower, upper == null ? PNone.NONE : upper, step == null ? PNone.NONE : step);
    }

    static void listAppend(Object list, Object value) {
        ((PyList) list).append(value);
    }

    static void setAdd(Object set, Object value) {
        ((PySet) set).add(value);
    }

    @TruffleBoundary
    static String formatValue(Object value, int conversion, Object spec) {
        Object converted = switch (conversion) {
            case 's' -> Repr.str(value);
            case 'r' -> Repr.repr(value);
            case 'a' -> Repr.ascii(value);
            default -> value;
        };
        String specText = spec == null || spec == PNone.NONE ? "" : (String) spec;
        if (specText.isEmpty() && converted instanceof String s) {
            return s;
        }
        return Repr.format(converted, specText);
    }

    @TruffleBoundary
    static String concat(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            sb.append((String) part);
        }
        return sb.toString();
    }
}
