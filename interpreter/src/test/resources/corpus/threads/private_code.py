# Generators, recursion limits and classes in threads (without the GIL on the interpreter each
# thread runs private copies of the code: see ThreadPrivateCode).
import threading
def gen(n):
    for i in range(n):
        yield i
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
out = []
lock = threading.Lock()
def work(k):
    s = sum(gen(1000)) + sum(x * 2 for x in range(10))
    try:
        deep(100000)
    except RecursionError as e:
        r = type(e).__name__
    class C:
        def m(self): return k
    with lock:
        out.append((s, r, C().m()))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(out))
