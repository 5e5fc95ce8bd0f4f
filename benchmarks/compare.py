#!/usr/bin/env python3
"""Times workloads under python3, pygil --jit=on, pygil --jit=on --host-jit=c1 and pygil --jit=off,
side by side.

Usage: python3 benchmarks/compare.py [--reps N] [--only NAME ...] [workload.py ...]

Each repetition runs every workload once under each runtime, alternating, so that machine noise
hits all runtimes alike; the table shows the median wall time (startup included) and the ratio
python3/pygil (above 1 means pygil is faster). The outputs of the runtimes are compared too: a
workload whose output differs from python3's is flagged.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYGIL = os.path.join(ROOT, "pygil")


def runtimes():
    return [
        ("python3", [sys.executable]),
        ("pygil jit", [PYGIL, "--jit=on"]),
        ("pygil jit c1", [PYGIL, "--jit=on", "--host-jit=c1"]),
        ("pygil nojit", [PYGIL, "--jit=off"]),
    ]


def run(cmd, workload, timeout):
    start = time.perf_counter()
    proc = subprocess.run(cmd + [workload], capture_output=True, text=True, timeout=timeout)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} {workload} failed ({proc.returncode}):\n{proc.stderr}")
    return elapsed, proc.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("workloads", nargs="*")
    args = ap.parse_args()
    workloads = args.workloads or sorted(
        os.path.join(HERE, "workloads", f) for f in os.listdir(os.path.join(HERE, "workloads")) if f.endswith(".py"))
    subprocess.run([PYGIL, "-c", "pass"], check=True)  # build first, outside the timings
    times = {(w, name): [] for w in workloads for name, _ in runtimes()}
    outputs = {}
    for rep in range(args.reps):
        for w in workloads:
            for name, cmd in runtimes():
                elapsed, out = run(cmd, w, args.timeout)
                times[(w, name)].append(elapsed)
                outputs.setdefault(w, {})[name] = out
            print(f"rep {rep + 1}/{args.reps} {os.path.basename(w)} done", file=sys.stderr)
    names = [n for n, _ in runtimes()]
    pygils = [n for n in names if n != "python3"]
    header = "| workload | " + " | ".join(f"{n} (s)" for n in names) + " | " + " | ".join(f"python3/{n[6:]}" for n in pygils) + " |"
    print(header)
    print("|" + "---|" * (len(names) + len(pygils) + 1))
    for w in workloads:
        med = {n: statistics.median(times[(w, n)]) for n in names}
        same = all(outputs[w][n] == outputs[w]["python3"] for n in names)
        flag = "" if same else " (OUTPUT DIFFERS)"
        print(f"| {os.path.basename(w)}{flag} | " + " | ".join(f"{med[n]:.2f}" for n in names)
              + " | " + " | ".join(f"{med['python3'] / med[n]:.2f}x" for n in pygils) + " |")
    for name, cmd in runtimes():
        samples = []
        for _ in range(args.reps):
            t0 = time.perf_counter()
            subprocess.run(cmd + ["-c", "pass"], check=True)
            samples.append(time.perf_counter() - t0)
        print(f"startup `{name} -c pass`: {statistics.median(samples) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
