"""Threads that wait for child processes: Popen.wait() releases the GIL (as CPython's waitpid
does), so five threads each waiting for a `sleep` child overlap, while waiting for the same
five children one after another takes five times as long."""
import subprocess
import threading
import time

SECONDS = "0.5"


def wait_for_child():
    subprocess.Popen(["sleep", SECONDS], stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()


start = time.perf_counter()
for _ in range(5):
    wait_for_child()
sequential = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=wait_for_child) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print(f"5 children running `sleep {SECONDS}`, waited for one after another and from 5 threads")
print("the threads' waits overlapped:", threaded < 2 * float(SECONDS))
print("threads were at least 3x faster than waiting in turn:", sequential / threaded > 3)
print(f"~ sequential {sequential:.3f} s, threaded {threaded:.3f} s, speed-up {sequential / threaded:.1f}x")
