# Many threads mutate shared builtin containers and one shared object without a lock.
# Each single operation (append, pop, insert, del, d[k] = v, set.add, deque.popleft, setattr)
# is atomic, with or without the GIL, so the totals below come out exact.
import threading
from collections import deque

THREADS = 8
N = 1000

shared_list = []
shared_dict = {}
shared_set = set()
shared_deque = deque()
popped = []
popped_left = []
errors = []


class Holder:
    pass


holder = Holder()
deleted = []


class Tracked:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        deleted.append(self.n)


def worker(t):
    try:
        base = t * N
        for i in range(N):
            shared_list.append(base + i)
            shared_list.insert(0, -(base + i) - 1)
            shared_dict[base + i] = i
            shared_set.add(base + i)
            shared_deque.append(base + i)
            setattr(holder, "a%d" % (i % 50), i)
            holder.last = Tracked(base + i)
        for i in range(N):
            popped.append(shared_list.pop())
            popped.append(shared_list.pop(0))
            del shared_dict[base + i]
            shared_set.discard(base + i)
            popped_left.append(shared_deque.popleft())
            if i % 7 == 0:
                for _ in shared_list[:5]:
                    pass
                len(shared_dict)
            if i % 250 == 0:
                for _ in shared_list:  # iteration while others mutate: never an error
                    pass
                try:
                    for _ in shared_dict.items():
                        pass
                except RuntimeError:  # "changed size during iteration", as CPython
                    pass
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()

total = THREADS * N
print("errors:", errors)
print("list left:", len(shared_list))
print("list pops:", len(popped), "each item once:", sorted(popped) == list(range(-total, total)))
print("dict left:", len(shared_dict), "set left:", len(shared_set), "deque left:", len(shared_deque))
print("popleft count:", len(popped_left), "distinct:", len(set(popped_left)) == total)
print("popleft sum ok:", sum(popped_left) == total * (total - 1) // 2)
print("attributes:", sorted(k for k in vars(holder) if k.startswith("a")) == sorted("a%d" % i for i in range(50)))
holder.last = None
print("each __del__ ran once:", len(deleted) == total and len(set(deleted)) == total)
