"""The lost-update race: `self.count += 1` from five threads. With a Lock it is always exact.
Without one it depends on where the GIL may switch: CPython 3.10+ (and pygil by default) only
switch at calls and loop back-edges, so no update is lost; run pygil with
--switch-points=instruction (CPython 3.9 behaviour) or --gil=off to see updates lost."""
import threading


class Counter:
    def __init__(self):
        self.count = 0
        self.lock = threading.Lock()

    def increment(self, n):
        self.count += n

    def locked_increment(self, n):
        with self.lock:
            self.count += n


def run(method):
    for _ in range(50000):
        method(1)


for name in ("locked_increment", "increment"):
    counter = Counter()
    threads = [threading.Thread(target=run, args=(getattr(counter, name),)) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if name == "locked_increment":
        print(f"with a Lock: {counter.count} of 250000")
    else:
        print(f"~ without a lock: {counter.count} of 250000 ({250000 - counter.count} updates lost)")
