package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Items;

/**
 * {@code obj[key]} (Equivalent of {@code BINARY_SUBSCR} and its specializations
 * {@code BINARY_SUBSCR_LIST_INT}, {@code BINARY_SUBSCR_TUPLE_INT}, {@code BINARY_SUBSCR_DICT}).
 * A site keeps the cases it has met; the key's type is then known to the compiled dict lookup,
 * which reduces hashing and key comparison to the int or str case. Everything else (slices,
 * subclasses, other types, missing keys) goes through {@link Items#getItem}.
 */
@OperationProxy.Proxyable
@ImportStatic(ExactTypes.class)
public abstract class GetItemNode extends Node {

    public abstract Object execute(Object object, Object key);

    @Specialization(guards = "isList(list)")
    public static Object list(PyList list, long index) {
        Object v = list.getItem(index);
        if (v == null) {
            throw PyErrors.indexError("list index out of range");
        }
        return v;
    }

    @Specialization(guards = "isTuple(tuple)")
    public static Object tuple(PyTuple tuple, long index) {
        Object[] items = tuple.items;
        long i = index < 0 ? index + items.length : index;
        if (i < 0 || i >= items.length) {
            throw PyErrors.indexError("tuple index out of range");
        }
        return items[(int) i];
    }

    @Specialization(guards = "isDict(dict)")
    public static Object dictStr(PyDict dict, String key) {
        Object v = dict.getString(key);
        if (v == null) {
            throw PyErrors.keyError(key);
        }
        return v;
    }

    @Specialization(guards = "isDict(dict)")
    public static Object dictInt(PyDict dict, long key) {
        Object boxed = key;
        Object v = dict.getItem(boxed);
        if (v == null) {
            throw PyErrors.keyError(boxed);
        }
        return v;
    }

    @Specialization
    public static Object get(Object object, Object key) {
        return Items.getItem(object, key);
    }
}
