#!/usr/bin/env python3
"""Prints the JMH results of AreaBenchmarks beside CPython's time for the same functions.

Usage: python3 benchmarks/jmh_table.py JMH-RESULT.json...   (benchmarks/jmh.sh calls it)

Each function of areas.py (the module the JMH benchmarks call) is timed here under the running
python3 with timeit: median of 5 repeats, each of enough calls to last about 0.2 s, after one
warm-up call; ms per call, as JMH's average time. Ratios above 1 mean pygil is faster.
"""
import json
import os
import re
import statistics
import sys
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src", "main", "resources", "pygil", "benchmarks"))
import areas  # noqa: E402


def cpython_ms(function):
    function()
    number, _ = timeit.Timer(function).autorange()
    times = timeit.repeat(function, number=number, repeat=5)
    return statistics.median(times) / number * 1000


def jmh_scores(path):
    """{(area, jit): (score, error)} from a JMH JSON result file (ms/op)."""
    scores = {}
    with open(path) as f:
        for run in json.load(f):
            method = run["benchmark"].rsplit(".", 1)[1]
            area = re.sub("([A-Z])", r"_\1", method).lower()
            metric = run["primaryMetric"]
            scores[(area, run["params"]["jit"])] = (metric["score"], metric["scoreError"])
    return scores


def cell(score):
    if not score:
        return "-"
    error = score[1]  # "NaN" (a string) when JMH measured a single iteration
    return f"{score[0]:.2f}" if isinstance(error, str) else f"{score[0]:.2f} ± {error:.2f}"


def ratio(cpython, score):
    return f"{cpython / score[0]:.2f}x" if score else "-"


def main():
    scores = {}
    for path in sys.argv[1:]:
        scores.update(jmh_scores(path))
    names = [a for a in dict.fromkeys(a for a, _ in scores)]
    print(f"| area (areas.py) | python3 {sys.version.split()[0]} (ms/op) | pygil jit (ms/op) | pygil nojit (ms/op) "
          "| python3/jit | python3/nojit |")
    print("|---|---|---|---|---|---|")
    for name in names:
        cp = cpython_ms(getattr(areas, name))
        on, off = scores.get((name, "on")), scores.get((name, "off"))
        print(f"| {name} | {cp:.2f} | {cell(on)} | {cell(off)} | {ratio(cp, on)} | {ratio(cp, off)} |")


if __name__ == "__main__":
    main()
