# many threads start, wait for, poll, pipe and signal children at once
import os
import subprocess
import threading

N_THREADS = 12
PER_THREAD = 6
results = {}
errors = []
lock = threading.Lock()


def worker(t):
    try:
        mine = []
        for i in range(PER_THREAD):
            kind = (t + i) % 4
            if kind == 0:
                r = subprocess.run(["echo", "t%d-%d" % (t, i)], capture_output=True, text=True)
                mine.append(r.stdout.strip())
            elif kind == 1:
                p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
                out, _ = p.communicate(("t%d-%d\n" % (t, i)).encode() * 1000)
                mine.append(out.decode().splitlines()[-1] + " x%d" % out.count(b"\n"))
            elif kind == 2:
                p = subprocess.Popen(["sh", "-c", "exit %d" % (t + i)])
                while p.poll() is None:
                    pass
                mine.append("exit %d" % p.returncode)
            else:
                p = subprocess.Popen(["sleep", "10"])
                p.terminate()
                mine.append("terminated %d" % p.wait())
        with lock:
            results[t] = mine
    except Exception as e:
        with lock:
            errors.append(repr(e))


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print("errors:", errors)
for t in sorted(results):
    print(t, results[t])
children = [subprocess.Popen(["sh", "-c", "exit %d" % k]) for k in range(8)]
codes = sorted(os.waitstatus_to_exitcode(os.waitpid(-1, 0)[1]) for _ in children)
print(codes)
try:
    os.waitpid(-1, os.WNOHANG)
except ChildProcessError as e:
    print("no children left:", e)
