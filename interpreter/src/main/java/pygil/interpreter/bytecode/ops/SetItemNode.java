package pygil.interpreter.bytecode.ops;

import com.oracle.truffle.api.bytecode.OperationProxy;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.Node;

import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.ops.Items;

/**
 * {@code obj[key] = value} (Equivalent of {@code STORE_SUBSCR} and its specializations
 * {@code STORE_SUBSCR_LIST_INT}, {@code STORE_SUBSCR_DICT}): see {@link GetItemNode}.
 */
@OperationProxy.Proxyable
@ImportStatic(ExactTypes.class)
public abstract class SetItemNode extends Node {

    public abstract void execute(Object object, Object key, Object value);

    @Specialization(guards = "isList(list)")
    public static void list(PyList list, long index, Object value) {
        if (!list.setItem(index, value)) {
            throw PyErrors.indexError("list assignment index out of range");
        }
    }

    @Specialization(guards = "isDict(dict)")
    public static void dictStr(PyDict dict, String key, Object value) {
        dict.setItem(key, value);
    }

    @Specialization(guards = "isDict(dict)")
    public static void dictInt(PyDict dict, long key, Object value) {
        dict.setItem(key, value);
    }

    @Specialization
    public static void set(Object object, Object key, Object value) {
        Items.setItem(object, key, value);
    }
}
