# Event, Condition, Semaphore, RLock and Barrier coordinating threads.
import threading

ready = threading.Event()
log = []


def waiter(name):
    ready.wait()
    log.append(name)


ts = [threading.Thread(target=waiter, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
print("before set:", log, ready.is_set())
ready.set()
for t in ts:
    t.join()
print("after set:", sorted(log), ready.is_set())

cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))


got = []
c = threading.Thread(target=consumer, args=(got,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify_all()
c.join()
print("consumer saw", got)

sem = threading.Semaphore(2)
inside = []
peak = [0]
guard = threading.Lock()


def limited(i):
    with sem:
        with guard:
            inside.append(i)
            peak[0] = max(peak[0], len(inside))
        with guard:
            inside.remove(i)


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak inside <= 2:", peak[0] <= 2)

r = threading.RLock()
with r:
    with r:
        print("reentered")

b = threading.Barrier(3)
order = []


def party(i):
    b.wait()
    order.append(i)


ts = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("barrier passed:", sorted(order), b.broken)
