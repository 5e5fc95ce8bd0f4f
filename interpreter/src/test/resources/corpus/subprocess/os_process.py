# os process calls: pids, waitpid and the status macros, system, kill, pipes
import os
import signal
import subprocess
import sys

print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(os.cpu_count() >= 1, len(os.getloadavg()))
sys.stdout.flush()
st = os.system("exit 3")
print(st, os.WIFEXITED(st), os.WEXITSTATUS(st), os.waitstatus_to_exitcode(st))
print(os.system("true"))
p = subprocess.Popen(["sleep", "5"])
print(os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, signal.SIGTERM)
pid, st = os.waitpid(p.pid, 0)
print(pid == p.pid, st, os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFEXITED(st), os.waitstatus_to_exitcode(st))
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
p = subprocess.Popen(["sh", "-c", "exit 9"])
pid, st = os.waitpid(-1, 0)
print(pid == p.pid, os.WEXITSTATUS(st), os.WIFSTOPPED(st))
for s in (0, 256, 9, 0x7f | (19 << 8)):
    print(s, os.WIFEXITED(s), os.WEXITSTATUS(s), os.WIFSIGNALED(s), os.WTERMSIG(s), os.WIFSTOPPED(s))
try:
    os.waitstatus_to_exitcode(0x7f | (19 << 8))
except ValueError as e:
    print("ValueError", e)
try:
    os.kill(4000000, signal.SIGTERM)
except ProcessLookupError as e:
    print(type(e).__name__, e)
os.kill(os.getpid(), 0)

r, w = os.pipe()
print(os.write(w, b"through a pipe"))
print(os.read(r, 7), os.read(r, 100))
os.close(w)
print(os.read(r, 10))
os.close(r)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e)

r, w = os.pipe()
p = subprocess.Popen(["echo", "child into our pipe"], stdout=w)
os.close(w)
print(p.wait(), os.read(r, 100))
os.close(r)
r, w = os.pipe()
os.write(w, b"from a pipe\n")
os.close(w)
print(subprocess.run(["cat"], stdin=r, capture_output=True).stdout)
os.close(r)
