package pygil.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pygil.runtime.Py.cls;
import static pygil.runtime.Py.method;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import pygil.runtime.call.Call;
import pygil.runtime.gil.FreeThreading;
import pygil.runtime.object.PNone;
import pygil.runtime.object.PyDict;
import pygil.runtime.object.PyInstance;
import pygil.runtime.object.PyList;
import pygil.runtime.object.PyObject;
import pygil.runtime.object.PySet;
import pygil.runtime.object.PyType;
import pygil.runtime.ops.Iter;
import pygil.runtime.refcount.ZeroCountTable;

/**
 * Hammers the builtin containers and reference counts from many threads in free-threaded mode
 * ({@code --gil=off}): no Java exception may escape, every single operation must be atomic
 * (so the totals are exact), and {@code __del__} must run exactly once per object. Each worker
 * flushes its zero-count table regularly, as the interpreter does at statement ends. Runs last
 * (see junit-platform.properties): free-threaded mode cannot be switched off again.
 */
@Order(Integer.MAX_VALUE)
class FreeThreadingStressTest {
    private static final int THREADS = 8;

    @BeforeAll
    static void enable() {
        FreeThreading.enable();
    }

    /** Runs {@code body(threadIndex)} on THREADS threads started together; rethrows any failure. */
    private static void hammer(ThreadBody body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            threads.add(new Thread(() -> {
                ZeroCountTable zct = ZeroCountTable.current();
                int mark = zct.mark();
                try {
                    start.await();
                    body.run(id, zct, mark);
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    zct.flush(mark);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread th : threads) {
            th.join();
        }
        if (!failures.isEmpty()) {
            Throwable first = failures.peek();
            throw new AssertionError(failures.size() + " thread(s) failed, first: " + first, first);
        }
    }

    interface ThreadBody {
        void run(int id, ZeroCountTable zct, int mark) throws Exception;
    }

    @Test
    void listAppendPopInsertDeleteAndIterate() throws Exception {
        int n = 20_000;
        PyList list = new PyList();
        list.incRef();
        ConcurrentLinkedQueue<Long> removed = new ConcurrentLinkedQueue<>();
        hammer((id, zct, mark) -> {
            for (int i = 0; i < n; i++) {
                long v = (long) id * n + i;
                list.append(v);
                list.insert(0, -v - 1);
                if (i % 3 == 0) {
                    assertTrue(list.getItem(-1) instanceof Long);
                }
                if (i % 500 == 0) {
                    for (Object o : list.toArray()) {
                        assertTrue(o instanceof Long);
                    }
                    Object it = Iter.getIter(list);
                    for (Object o = Iter.next(it); o != Iter.STOP; o = Iter.next(it)) {
                        assertTrue(o instanceof Long);
                    }
                }
                zct.flush(mark);
            }
            for (int i = 0; i < n; i++) {
                Object a = list.pop(-1L);
                Object b = list.pop(0L);
                removed.add((Long) a);
                removed.add((Long) b);
                zct.flush(mark);
            }
        });
        assertEquals(0, list.size());
        long total = (long) THREADS * n;
        assertEquals(2 * total, removed.size());
        long[] seen = removed.stream().mapToLong(Long::longValue).sorted().toArray();
        for (int i = 0; i < seen.length; i++) {
            assertEquals(i - total, seen[i], "every item removed exactly once");
        }
    }

    @Test
    void dictSetGetDeleteAndResize() throws Exception {
        int n = 20_000;
        PyDict dict = new PyDict();
        dict.incRef();
        AtomicInteger hits = new AtomicInteger();
        hammer((id, zct, mark) -> {
            for (int i = 0; i < n; i++) {
                long k = (long) id * n + i;
                dict.setItem(k, "v" + k);
                dict.setItem("s" + k, k);
                Object back = dict.getItem(k);
                if (("v" + k).equals(back)) {
                    hits.incrementAndGet();
                }
                if (i % 1000 == 0) {
                    for (Object key : dict.keysArray()) {
                        assertTrue(key != null);
                    }
                }
                zct.flush(mark);
            }
            for (int i = 0; i < n; i++) {
                long k = (long) id * n + i;
                assertTrue(dict.delItem(k));
                assertEquals(k, dict.pop("s" + k));
                zct.flush(mark);
            }
        });
        assertEquals(THREADS * n, hits.get());
        assertEquals(0, dict.size());
    }

    @Test
    void setAddDiscardAndPop() throws Exception {
        int n = 20_000;
        PySet set = new PySet();
        set.incRef();
        AtomicInteger popped = new AtomicInteger();
        hammer((id, zct, mark) -> {
            for (int i = 0; i < n; i++) {
                assertTrue(set.add((long) id * n + i));
            }
            for (int i = 0; i < n; i += 2) {
                assertTrue(set.discard((long) id * n + i));
                assertTrue(set.contains((long) id * n + i + 1));
            }
        });
        assertEquals(THREADS * n / 2, set.size());
        hammer((id, zct, mark) -> {
            while (set.pop() != null) {
                popped.incrementAndGet();
            }
        });
        assertEquals(0, set.size());
        assertEquals(THREADS * n / 2, popped.get());
    }

    @Test
    void sharedCountsStayExactAndDelRunsOnce() throws Exception {
        ZeroCountTable mainTable = ZeroCountTable.current();
        int mainMark = mainTable.mark();
        AtomicInteger deleted = new AtomicInteger();
        PyType tracked = cls("Tracked");
        tracked.incRef();
        method(tracked, "__del__", (args, kw) -> {
            deleted.incrementAndGet();
            return PNone.NONE;
        });
        PyList shared = new PyList();
        shared.incRef();
        PyInstance holder = (PyInstance) Call.call0(tracked);
        holder.incRef();
        int n = 5_000;
        hammer((id, zct, mark) -> {
            for (int i = 0; i < n; i++) {
                PyObject o = (PyObject) Call.call0(tracked);
                // Another thread may take it from the list, or overwrite the attribute, at once.
                shared.append(o);
                holder.setAttribute("last", o);
                holder.setAttribute("n" + (i % 8), holder.getAttribute("last"));
                shared.incRef();
                shared.decRef();
                Object taken = shared.pop(0L);
                assertTrue(taken instanceof PyInstance);
                zct.flush(mark);
            }
        });
        assertEquals(0, shared.size());
        assertEquals(1, shared.refcnt, "racing incRef/decRef pairs cancel out");
        holder.decRef();
        mainTable.flush(mainMark);
        assertEquals(THREADS * n + 1, deleted.get(), "__del__ ran exactly once per object");
    }
}
