# Threads sharing a counter: with a Lock every update is kept.
import threading

counter = 0
lock = threading.Lock()


def work(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=work, args=(2000,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print("alive after join:", [t.is_alive() for t in threads])
print(lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False))
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
