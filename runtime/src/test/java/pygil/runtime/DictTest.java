package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pygil.runtime.Py.assertRepr;
import static pygil.runtime.Py.error;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.call.Call;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyTuple;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Items;
import pygil.runtime.ops.Iter;

class DictTest {
    private static Object call(Object obj, String method, Object... args) {
        return Call.call(Attr.getAttr(obj, method), args, new String[0]);
    }

    @Test
    void numericKeysAreOneKey() {
        PyDict d = new PyDict();
        d.setItem(1L, "int");
        d.setItem(1.0, "float");
        d.setItem(true, "bool");
        assertEquals(1, d.size());
        assertRepr("{1: 'bool'}", d);
        assertEquals("bool", d.getItem(1.0));
        d.setItem(0.0, "z");
        assertEquals("z", d.getItem(false));
        assertTrue(d.delItem(0L));
        assertFalse(d.delItem(0L));
    }

    @Test
    void insertionOrderAndDeletion() {
        PyDict d = new PyDict();
        for (long i = 0; i < 5; i++) {
            d.setItem("k" + i, i);
        }
        d.delItem("k1");
        d.setItem("k1", 9L);
        d.setItem("k0", 7L);
        assertRepr("{'k0': 7, 'k2': 2, 'k3': 3, 'k4': 4, 'k1': 9}", d);
        assertEquals("KeyError: 'zz'", error(() -> Items.getItem(d, "zz")));
        assertEquals("KeyError: 'popitem(): dictionary is empty'", error(() -> call(new PyDict(), "popitem")));
        assertRepr("('k1', 9)", call(d, "popitem"));
    }

    @Test
    void resizeKeepsEverything() {
        PyDict d = new PyDict();
        for (long i = 0; i < 10000; i++) {
            d.setItem(i * 7919, i);
        }
        for (long i = 0; i < 10000; i += 2) {
            d.delItem(i * 7919);
        }
        for (long i = 0; i < 10000; i++) {
            Object v = d.getItem(i * 7919);
            if (i % 2 == 0) {
                assertNull(v);
            } else {
                assertEquals(i, v);
            }
        }
        assertEquals(5000, d.size());
        Object[] keys = d.keysArray();
        assertEquals(7919L, keys[0]);
        assertEquals(3 * 7919L, keys[1]);
        for (int i = 0; i < 100; i++) {
            d.putString("s" + i, (long) i);
        }
        assertEquals(42L, d.getString("s42"));
    }

    @Test
    void methods() {
        PyDict d = new PyDict();
        d.setItem("a", 1L);
        assertEquals(1L, call(d, "get", "a"));
        assertEquals(pygil.runtime.object.PNone.NONE, call(d, "get", "b"));
        assertEquals(5L, call(d, "setdefault", "b", 5L));
        call(d, "update", PyList.of(PyTuple.of("c", 3L)));
        assertRepr("{'a': 1, 'b': 5, 'c': 3}", d);
        assertRepr("dict_keys(['a', 'b', 'c'])", call(d, "keys"));
        assertRepr("dict_items([('a', 1), ('b', 5), ('c', 3)])", call(d, "items"));
        assertRepr("dict_values([1, 5, 3])", call(d, "values"));
        assertEquals(5L, call(d, "pop", "b"));
        assertEquals("KeyError: 'b'", error(() -> call(d, "pop", "b")));
        assertRepr("{1: None, 2: None}", call(BuiltinTypes.DICT, "fromkeys", PyList.of(1L, 2L)));
        assertRepr("{'a': 1, 'c': 3, 'x': 1}", Binary.op(d, Call.call(BuiltinTypes.DICT, new Object[] {1L}, new String[] {"x"}), BinaryOp.OR));
        assertEquals("ValueError: dictionary update sequence element #0 has length 3; 2 is required",
                        error(() -> Call.call1(BuiltinTypes.DICT, PyList.of(PyTuple.of(1L, 2L, 3L)))));
        assertEquals("TypeError: cannot convert dictionary update sequence element #0 to a sequence", error(() -> Call.call1(BuiltinTypes.DICT, PyList.of(1L))));
        assertEquals("TypeError: unhashable type: 'list'", error(() -> d.setItem(new PyList(), 1L)));
        assertRepr("{'a'}", Binary.op(call(d, "keys"), PyList.of("a", 1L), BinaryOp.AND));
        assertEquals(true, pygil.runtime.ops.Compare.eq(call(d, "keys"), Call.call1(BuiltinTypes.SET, PyList.of("a", "c"))));
    }

    @Test
    void iterationDetectsResize() {
        PyDict d = new PyDict();
        d.setItem(1L, 1L);
        Object it = Iter.getIter(d);
        assertEquals(1L, Iter.next(it));
        d.setItem(2L, 2L);
        assertEquals("RuntimeError: dictionary changed size during iteration", error(() -> Iter.next(it)));
    }
}
