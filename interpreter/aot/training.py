"""The training run behind `./pygil --jit=off`'s startup cache (see the launcher and README,
Performance). The JVM records which classes this program loads and links, and how hot methods
behave, into a JDK AOT cache; later runs map that cache instead of loading, verifying and
profiling the same classes again. So this program touches what ordinary scripts touch: the
parser on a fair amount of source, calls, classes, closures, generators, comprehensions,
exceptions, f-strings, the common modules, and threads taking turns on the GIL. It prints one
line and must finish in a second or two in the interpreter."""

import collections
import functools
import itertools
import json
import math
import os
import random
import sys
import threading
import time
from dataclasses import dataclass
from enum import Enum


class Shape(Enum):
    CIRCLE = 1
    SQUARE = 2


@dataclass
class Item:
    name: str
    size: float = 1.0
    shape: Shape = Shape.SQUARE


class Account:
    rate = 0.01

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount!r}")
        self.balance += amount
        return self

    @property
    def interest(self):
        return self.balance * self.rate

    def __repr__(self):
        return "Account(%s, %d)" % (self.owner, self.balance)


def fibo(n):
    return n if n < 2 else fibo(n - 1) + fibo(n - 2)


def counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def busy(results, index, n):
    total = 0
    for i in range(n):
        total += i % 7
    results[index] = total


def exercise():
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = collections.Counter(words)
    groups = collections.defaultdict(list)
    for w in words:
        groups[len(w)].append(w.upper())
    squares = {i: i * i for i in range(200)}
    evens = [x for x in squares.values() if x % 2 == 0]
    text = ", ".join(f"{k}={v:>4}" for k, v in sorted(counts.items()))
    step = counter(10)
    accounts = [Account(w).deposit(len(w) * 10) for w in words]
    errors = 0
    for a in accounts:
        try:
            a.deposit(-1)
        except ValueError as e:
            errors += len(str(e)) > 0
    try:
        {}["missing"]
    except KeyError:
        errors += 1
    data = json.loads(json.dumps({"items": [Item("a").name, Item("b", 2.5).size], "n": None}))
    rng = random.Random(7)
    shuffled = list(range(50))
    rng.shuffle(shuffled)
    pairs = list(itertools.islice(itertools.product("ab", range(3)), 5))
    total = functools.reduce(lambda x, y: x + y, evens, 0)
    gen = sum(x * x for x in countdown(500))
    floats = math.fsum(math.sqrt(i) for i in range(1, 300))
    results = [0] * 4
    threads = [threading.Thread(target=busy, args=(results, i, 20000)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lock = threading.Lock()
    with lock:
        step(5)
    return (len(text) + total + gen + int(floats) + sum(results) + errors + len(data["items"])
            + len(pairs) + shuffled[0] + sum(a.interest > 0 for a in accounts) + step() + len(groups)
            + len(repr(accounts[0])) + len(os.getcwd()) * 0 + (sys.maxsize > 0))


started = time.perf_counter()
value = 0
for _ in range(3):
    value = exercise() + fibo(18)
print("training done", value, round(time.perf_counter() - started, 1) >= 0)
