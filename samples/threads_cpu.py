"""CPU-bound work in threads vs one after another: under the GIL, threads do not run Python
code in parallel, so five threads take about as long as five sequential calls (try --gil=off)."""
import sys
import threading
import time


def fibo(n):
    return n if n < 2 else fibo(n - 1) + fibo(n - 2)


results = []
guard = threading.Lock()  # shared lists are not yet thread-safe in pygil --gil=off


def work():
    value = fibo(24)
    with guard:
        results.append(value)


# warm up both ways (compilation, and without the GIL each thread's copy of the code)
fibo(24)
warm = [threading.Thread(target=fibo, args=(24,)) for _ in range(5)]
for t in warm:
    t.start()
for t in warm:
    t.join()

start = time.perf_counter()
for _ in range(5):
    results.append(fibo(24))
sequential = time.perf_counter() - start

threads = [threading.Thread(target=work) for _ in range(5)]
start = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print(f"10 calls of fibo(24), 5 sequential and 5 in threads: {sorted(set(results))}")
print(f"~ GIL enabled: {sys._is_gil_enabled() if hasattr(sys, '_is_gil_enabled') else True}")
print(f"~ sequential {sequential:.3f} s, threads {threaded:.3f} s, ratio {threaded / sequential:.2f}")
