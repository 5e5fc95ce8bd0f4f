# The threading API: names, idents, daemon flags, current/main thread, results through shared lists.
import threading

results = []


def worker(i, scale=1):
    results.append((i, i * scale, threading.current_thread().name))


threads = [threading.Thread(target=worker, args=(i,), kwargs={"scale": 10}, name=f"w{i}") for i in range(4)]
print([t.name for t in threads], [t.is_alive() for t in threads], threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(all(t.ident is not None for t in threads), len({t.ident for t in threads}) >= 1)


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq{n}")
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n * self.n


subs = [Squarer(n) for n in range(5)]
for s in subs:
    s.start()
for s in subs:
    s.join()
print([s.result for s in subs], subs[2].name)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
d.start()
d.join()
try:
    d.start()
except RuntimeError as e:
    print("RuntimeError", e)
print(threading.active_count())
