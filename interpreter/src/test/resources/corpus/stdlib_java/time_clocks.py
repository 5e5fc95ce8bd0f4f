# time: the clocks and sleep (facts about them, never their values)
import time

for name in ["time", "perf_counter", "monotonic", "process_time", "thread_time"]:
    f = getattr(time, name)
    fns = getattr(time, name + "_ns")
    a = f()
    b = fns()
    c = f()
    print(name, type(a).__name__, type(b).__name__, c >= a, a >= 0, b > 0 or name.endswith("time"))

t0 = time.time()
print(t0 > 1.6e9, abs(time.time_ns() / 1e9 - t0) < 60)
p0 = time.perf_counter()
m0 = time.monotonic()
print(time.sleep(0.05))
print(time.perf_counter() - p0 >= 0.04, time.monotonic() - m0 >= 0.04)
time.sleep(0)
time.sleep(True)
p0 = time.perf_counter_ns()
time.sleep(0.01)
print(time.perf_counter_ns() - p0 >= 9_000_000)

# a busy loop uses processor time
c0 = time.process_time()
n = 0
while time.process_time() - c0 < 0.02:
    n += 1
print(n > 0, time.process_time() >= c0)

for bad in [-1, -0.5, "1", None, float("nan"), 2**100, 1e300, -1e300, [1]]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
for args, kw in [((), {}), ((1, 2), {}), ((), {"secs": 1})]:
    try:
        time.sleep(*args, **kw)
    except TypeError as e:
        print(e)
for name in ["time", "time_ns", "perf_counter", "monotonic_ns", "process_time"]:
    try:
        getattr(time, name)(1)
    except TypeError as e:
        print(e)
try:
    time.time(x=1)
except TypeError as e:
    print(e)
