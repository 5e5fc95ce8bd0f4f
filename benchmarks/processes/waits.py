"""Issue 5's done-when figures: run as `./pygil [--gil=on|off] benchmarks/processes/waits.py`
(or under python3 to compare). Prints wall times; each case is run once after a warm-up."""
import subprocess
import threading
import time


def five_threads_wait():
    def wait():
        subprocess.Popen(["sleep", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE).wait()
    threads = [threading.Thread(target=wait) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def ten_parallel():
    procs = [subprocess.Popen(["sleep", "1"]) for _ in range(10)]
    for p in procs:
        p.communicate()


def fifty_mb_cat():
    data = b"x" * (50 * 1024 * 1024)
    out, _ = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE).communicate(data)
    assert out == data


subprocess.run(["true"])  # warm-up: first process start, module loading
for name, case, target in [("5 threads x Popen(sleep 2).wait()", five_threads_wait, 2.3),
                           ("10 parallel Popen(sleep 1) + communicate()", ten_parallel, 1.3),
                           ("communicate() 50 MB through cat", fifty_mb_cat, None)]:
    start = time.perf_counter()
    case()
    elapsed = time.perf_counter() - start
    verdict = "" if target is None else (" (target < %.1f s: %s)" % (target, "met" if elapsed < target else "MISSED"))
    print("%-45s %.3f s%s" % (name, elapsed, verdict))
