package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.BuiltinTypes;
import pygil.runtime.error.PyErrors;
import pygil.runtime.error.PyException;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyList;
import pygil.runtime.ops.Binary;
import pygil.runtime.ops.BinaryOp;
import pygil.runtime.ops.Repr;

class SmokeTest {
    @Test
    void bootstraps() {
        assertEquals("int", BuiltinTypes.typeOf(1L).getName());
        PyException e = PyErrors.typeError("boom");
        assertEquals("TypeError: boom", e.getMessage());
        PyList l = PyList.of(1L, "a", 2.5);
        assertEquals("[1, 'a', 2.5]", Repr.repr(l));
        PyDict d = new PyDict();
        d.setItem(1L, "x");
        d.setItem(1.0, "y");
        d.setItem(true, "z");
        assertEquals("{1: 'z'}", Repr.repr(d));
        assertEquals(3L, Binary.op(1L, 2L, BinaryOp.ADD));
        PyException ex = assertThrows(PyException.class, () -> Binary.op(1L, "a", BinaryOp.ADD));
        assertEquals("TypeError: unsupported operand type(s) for +: 'int' and 'str'", ex.getMessage());
    }
}
