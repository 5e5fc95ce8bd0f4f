package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pygil.runtime.Py.cls;
import static pygil.runtime.Py.method;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import pygil.runtime.builtins.Finalization;
import pygil.runtime.call.Call;
import pygil.runtime.error.PyErrors;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyCell;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PySet;
import pygil.runtime.object.PyTuple;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Attr;
import pygil.runtime.ops.Repr;
import pygil.runtime.refcount.RefCount;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * Reference counts and the zero-count table. Expected {@code __del__} orders are CPython 3.11's
 * (see /tmp-style scripts in the comments).
 */
class RefCountTest {
    private final List<String> log = new ArrayList<>();
    private ZeroCountTable zct;
    private int mark;
    private PyType tracked;

    @BeforeEach
    void setUp() {
        zct = ZeroCountTable.current();
        zct.flush(0);
        mark = zct.mark();
        tracked = cls("C");
        method(tracked, "__del__", (args, kw) -> {
            log.add(String.valueOf(Attr.getAttr(args[0], "n")));
            return PNone.NONE;
        });
        // Keep the class itself alive (as a module global would).
        tracked.incRef();
    }

    private PyInstance c(Object n) {
        PyInstance o = (PyInstance) Call.call0(tracked);
        o.setAttribute("n", n);
        return o;
    }

    private void flush() {
        zct.flush(mark);
    }

    @Test
    void immortalsAreNotCounted() {
        RefCount.incRef(5L);
        RefCount.decRef("s");
        assertTrue(PNone.NONE.isImmortal());
        assertTrue(PyTuple.EMPTY.isImmortal());
        assertTrue(tracked.getType().isImmortal());
        assertEquals(4294967295L, RefCount.count(1L));
    }

    @Test
    void containerCounts() {
        PyList l = new PyList();
        PyObject item = new PyList();
        l.append(item);
        l.append(item);
        assertEquals(2, item.refcnt);
        l.pop(0);
        assertEquals(1, item.refcnt);
        PyTuple t = PyTuple.of(item, item);
        assertEquals(3, item.refcnt);
        PyDict d = new PyDict();
        PyObject key = PyTuple.of(1L);
        d.setItem(key, item);
        assertEquals(1, key.refcnt);
        assertEquals(4, item.refcnt);
        d.setItem(key, "other");
        assertEquals(3, item.refcnt);
        d.delItem(key);
        assertEquals(0, key.refcnt);
        PySet s = new PySet();
        s.add(key);
        assertEquals(1, key.refcnt);
        s.discard(key);
        assertEquals(0, key.refcnt);
        PyCell cell = new PyCell(item);
        assertEquals(4, item.refcnt);
        cell.set(null);
        assertEquals(3, item.refcnt);
        assertEquals(0, t.refcnt);
    }

    @Test
    void attributeCounts() {
        PyInstance o = (PyInstance) Call.call0(cls("Plain"));
        PyList v = new PyList();
        Attr.setAttr(o, "a", v);
        assertEquals(1, v.refcnt);
        Attr.setAttr(o, "b", v);
        assertEquals(2, v.refcnt);
        Attr.setAttr(o, "a", 1L);
        assertEquals(1, v.refcnt);
        PyDict d = o.getDict();
        assertEquals(1, v.refcnt, "materializing __dict__ moves the counts");
        assertEquals(1, d.refcnt);
        Attr.delAttr(o, "b");
        assertEquals(0, v.refcnt);
    }

    @Test
    void temporaryIsReleasedAtFlush() {
        c(1L);
        assertTrue(log.isEmpty(), "nothing runs before the statement ends");
        flush();
        assertEquals(List.of("1"), log);
        assertEquals(mark, zct.mark());
    }

    @Test
    void storedObjectLivesUntilDecRef() {
        PyInstance x = c(1L);
        x.incRef(); // x = C(1)
        flush();
        assertTrue(log.isEmpty());
        x.decRef(); // x = None
        flush();
        assertEquals(List.of("1"), log);
        x.decRef(); // no double release: count is already back at zero... and below
        x.refcnt = 0;
        flush();
        assertEquals(List.of("1"), log);
    }

    @Test
    void listReleaseOrderMatchesCPython() {
        // l = [C(1), C(2), C(3)]; del l  -> del 3, del 2, del 1
        PyList l = PyList.of(c(1L), c(2L), c(3L));
        flush();
        assertEquals(List.of("3", "2", "1"), log, "a temporary list is garbage at the statement end");
        log.clear();
        PyList l2 = PyList.of(c(1L), c(2L), c(3L));
        l2.incRef();
        flush();
        log.clear();
        l2.decRef();
        flush();
        assertEquals(List.of("3", "2", "1"), log);
        assertTrue(l.isReleased());
    }

    @Test
    void cascadeIsDepthFirst() {
        // x = [C(1), [C(2), C(3)], C(4)]; x = None -> 4, 3, 2, 1
        PyList x = PyList.of(c(1L), PyList.of(c(2L), c(3L)), c(4L));
        x.incRef();
        flush();
        x.decRef();
        flush();
        assertEquals(List.of("4", "3", "2", "1"), log);
    }

    @Test
    void instanceThenAttributesThenDict() {
        // o = C('outer'); o.a = C('a'); o.b = C('b'); del o -> outer, a, b
        PyInstance o = c("outer");
        o.setAttribute("a", c("a"));
        o.setAttribute("b", c("b"));
        o.incRef();
        flush();
        o.decRef();
        flush();
        assertEquals(List.of("outer", "a", "b"), log);
        log.clear();
        // d = {C('k1'): C('v1'), C('k2'): C('v2')}; del d -> k1, v1, k2, v2
        PyDict d = new PyDict();
        d.setItem(c("k1"), c("v1"));
        d.setItem(c("k2"), c("v2"));
        d.incRef();
        flush();
        d.decRef();
        flush();
        assertEquals(List.of("k1", "v1", "k2", "v2"), log);
    }

    @Test
    void resurrectionRunsDelOnce() {
        PyList keep = new PyList();
        keep.incRef();
        PyType r = cls("R");
        r.incRef();
        method(r, "__del__", (args, kw) -> {
            log.add("R del");
            keep.append(args[0]);
            return PNone.NONE;
        });
        PyInstance obj = (PyInstance) Call.call0(r);
        flush();
        assertEquals(List.of("R del"), log);
        assertFalse(obj.isReleased(), "resurrected");
        assertEquals(1, obj.refcnt);
        keep.clear();
        flush();
        assertEquals(List.of("R del"), log, "__del__ runs at most once (PEP 442)");
        assertTrue(obj.isReleased());
    }

    @Test
    void delExceptionIsReported() {
        List<String> reported = new ArrayList<>();
        Finalization.UnraisableHook old = Finalization.getUnraisableHook();
        Finalization.setUnraisableHook((e, o) -> reported.add(e.getMessage() + " in " + Repr.repr(o).substring(0, 20)));
        try {
            PyType bad = cls("Bad");
            bad.incRef();
            method(bad, "__del__", (args, kw) -> {
                throw PyErrors.valueError("x");
            });
            Call.call0(bad);
            flush();
            assertEquals(List.of("ValueError: x in <slot wrapper '__del"), reported);
        } finally {
            Finalization.setUnraisableHook(old);
        }
    }

    @Test
    void flushKeepingProtectsReturnValue() {
        int frameMark = zct.mark();
        PyInstance ret = c("ret");
        zct.flushKeeping(frameMark, ret);
        assertTrue(log.isEmpty(), "the return value survives the callee's exit flush");
        flush();
        assertEquals(List.of("ret"), log, "and is released by the caller's statement flush");
    }

    @Test
    void nestedMarksOnlyReleaseAbove() {
        PyInstance outerTemp = c("outer-temp");
        int inner = zct.mark();
        c("inner-temp");
        zct.flush(inner);
        assertEquals(List.of("inner-temp"), log);
        flush();
        assertEquals(List.of("inner-temp", "outer-temp"), log);
        assertTrue(outerTemp.isReleased());
    }
}
