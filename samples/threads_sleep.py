"""Threads that sleep: time.sleep releases the GIL, so five 0.5 s sleeps overlap."""
import threading
import time

start = time.perf_counter()
sleepers = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(5)]
for t in sleepers:
    t.start()
for t in sleepers:
    t.join()
elapsed = time.perf_counter() - start
print("5 threads slept 0.5 s each; the sleeps overlapped:", elapsed < 1.0)
print(f"~ elapsed {elapsed:.3f} s")
