"""A producer/consumer pipeline on queue.Queue: blocking get/put release the GIL."""
import queue
import threading

tasks = queue.Queue(maxsize=4)
results = queue.Queue()
DONE = object()


def producer(n):
    for i in range(n):
        tasks.put(i)
    for _ in range(3):
        tasks.put(DONE)


def consumer(name):
    while True:
        item = tasks.get()
        if item is DONE:
            tasks.task_done()
            break
        results.put((item, item * item, name))
        tasks.task_done()


workers = [threading.Thread(target=consumer, args=(f"worker-{i}",)) for i in range(3)]
for w in workers:
    w.start()
producer(12)
tasks.join()
for w in workers:
    w.join()
collected = []
while not results.empty():
    collected.append(results.get())
print("squares:", [sq for _, sq, _ in sorted(collected)])
print("items processed:", len(collected), "queue empty:", tasks.empty())
print(f"~ workers used: {sorted({name for _, _, name in collected})}")
