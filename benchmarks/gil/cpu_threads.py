"""CPU-bound threads vs sequential (the seed documents' experiment), and the GIL's hold times.

Usage: pygil [--gil=on|off] [--switch-interval=S] benchmarks/gil/cpu_threads.py [N_THREADS] [FIB_N]
Prints the wall time of N calls of fibo(FIB_N) run one after another and in N threads (best of
three alternating rounds, after warm-up), their ratio, and (with the GIL on) the median time a thread held the GIL before a forced switch.
"""
import sys
import threading
import time


def fibo(n):
    if n < 2:
        return n
    return fibo(n - 1) + fibo(n - 2)


def main():
    n_threads = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 27
    for _ in range(n_threads):  # warm up (JIT): measure steady state, not compilation
        fibo(n)
    sequential = threaded = float("inf")
    for _ in range(3):  # alternate, keep the best of each: JIT tiering makes single runs noisy
        t0 = time.perf_counter()
        for _ in range(n_threads):
            fibo(n)
        sequential = min(sequential, time.perf_counter() - t0)
        threads = [threading.Thread(target=fibo, args=(n,)) for _ in range(n_threads)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        threaded = min(threaded, time.perf_counter() - t0)
    print(f"sequential {sequential:.2f} s, {n_threads} threads {threaded:.2f} s, threaded/sequential = {threaded / sequential:.2f}")
    try:
        import _pygil
    except ImportError:
        return
    if sys._is_gil_enabled():
        holds = sorted(s["median_forced_hold_ns"] for s in _pygil.gil_stats() if s["forced_switches"] > 0)
        switches = sum(s["forced_switches"] for s in _pygil.gil_stats())
        if holds:
            median = holds[len(holds) // 2] / 1e6
            print(f"switch interval {sys.getswitchinterval() * 1000:.1f} ms: forced switches {switches}, "
                  f"median hold before a forced switch {median:.2f} ms")


main()
