package pygil.runtime.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** The GIL hammered from many threads: mutual exclusion, handoff, forced switching, no starvation. */
public class GilTest {

    /** Runs {@code body} on {@code n} threads and waits for all (failing on any exception). */
    private static void onThreads(int n, ThrowingConsumer body) throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread t = new Thread(() -> {
                try {
                    body.accept(index);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }, "gil-test-" + i);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(60_000);
            assertFalse(t.isAlive(), "thread hung: " + t.getName());
        }
        if (!errors.isEmpty()) {
            throw new AssertionError("a thread failed", errors.get(0));
        }
    }

    interface ThrowingConsumer {
        void accept(int index) throws Exception;
    }

    @Test
    void onlyOneHolderAtATime() throws Exception {
        Gil gil = new Gil();
        gil.setSwitchInterval(0.0005);
        AtomicInteger inside = new AtomicInteger();
        int[] counter = {0}; // deliberately unsynchronized: the GIL protects it
        int threads = 8;
        int rounds = 50_000;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        onThreads(threads, i -> {
            GilThread me = new GilThread("t" + i);
            start.await();
            gil.take(me);
            try {
                for (int r = 0; r < rounds; r++) {
                    assertEquals(1, inside.incrementAndGet(), "two threads inside the GIL");
                    int c = counter[0];
                    Thread.onSpinWait(); // widen the window a lost update would need
                    counter[0] = c + 1;
                    inside.decrementAndGet();
                    if (r % 7 == 0) {
                        gil.yieldIfRequested(me);
                    }
                    if (r % 1000 == 0) {
                        gil.releaseWhile(me, () -> {
                            Thread.yield();
                            return null;
                        });
                    }
                }
            } finally {
                gil.drop(me);
            }
        });
        assertEquals(threads * rounds, counter[0]);
        assertEquals(null, gil.holder());
    }

    @Test
    void waitersForceTheHolderToSwitch() throws Exception {
        Gil gil = new Gil();
        gil.setSwitchInterval(0.001);
        AtomicBoolean stop = new AtomicBoolean();
        GilThread[] me = new GilThread[2];
        long[] progress = new long[2];
        onThreads(2, i -> {
            me[i] = new GilThread("spinner" + i);
            gil.take(me[i]);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < deadline) {
                progress[i]++;
                gil.yieldIfRequested(me[i]); // a check point, as at a loop back-edge
            }
            gil.drop(me[i]);
        });
        stop.set(true);
        // both made progress, and the GIL changed hands many times through drop requests
        assertTrue(progress[0] > 0 && progress[1] > 0);
        assertTrue(gil.switchNumber() >= 10, "switches: " + gil.switchNumber());
        assertTrue(me[0].stats().forcedSwitches() + me[1].stats().forcedSwitches() >= 5);
        assertTrue(me[0].stats().dropRequests() > 0 && me[1].stats().dropRequests() > 0);
    }

    @Test
    void blockingCallsLetOthersRun() throws Exception {
        Gil gil = new Gil();
        GilThread sleeper = new GilThread("sleeper");
        GilThread other = new GilThread("other");
        CountDownLatch sleeping = new CountDownLatch(1);
        CountDownLatch otherRan = new CountDownLatch(1);
        Thread a = new Thread(() -> {
            try {
                gil.take(sleeper);
                gil.releaseWhile(sleeper, () -> {
                    sleeping.countDown();
                    // the other thread must get the GIL while we are "blocked"
                    assertTrue(otherRan.await(10, TimeUnit.SECONDS));
                    return null;
                });
                gil.drop(sleeper);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        a.start();
        assertTrue(sleeping.await(10, TimeUnit.SECONDS));
        gil.take(other);
        otherRan.countDown();
        gil.drop(other);
        a.join(10_000);
        assertFalse(a.isAlive());
        assertEquals(2, sleeper.stats().acquisitions(), "sleeper took the GIL again after blocking");
    }

    @Test
    void aWaiterThatGivesUpDoesNotStrandAForcedDropper() throws Exception {
        Gil gil = new Gil();
        gil.setSwitchInterval(0.001);
        GilThread holder = new GilThread("holder");
        gil.take(holder);
        Thread waiter = new Thread(() -> {
            try {
                gil.take(new GilThread("waiter"));
            } catch (InterruptedException e) {
                // gave up: fine
            }
        });
        waiter.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!holder.isDropRequested() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertTrue(holder.isDropRequested(), "the waiter asked for the GIL");
        waiter.interrupt();
        waiter.join(10_000);
        gil.drop(holder); // must not wait forever for a waiter that left
        assertEquals(null, gil.holder());
    }

    @Test
    void switchIntervalIsSettable() {
        Gil gil = new Gil();
        assertEquals(0.005, gil.getSwitchInterval(), 1e-12);
        gil.setSwitchInterval(0.001);
        assertEquals(0.001, gil.getSwitchInterval(), 1e-12);
    }
}
