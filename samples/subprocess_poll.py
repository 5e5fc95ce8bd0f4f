"""Polling a child: Popen.poll() answers None while the child runs and its return code once it
has ended, so a program can do other work (here: sleep 0.25 s) between checks."""
import subprocess
import time

start = time.perf_counter()
p = subprocess.Popen(["sleep", "1"])
print("started a child, pid known:", p.pid > 0)
polls = 0
while p.poll() is None:
    polls += 1
    print(f"~ poll {polls}: still running after {time.perf_counter() - start:.2f} s")
    time.sleep(0.25)
elapsed = time.perf_counter() - start
print("polled while it ran:", polls >= 2)
print("finished with return code", p.returncode)
print(f"~ finished after {elapsed:.2f} s and {polls} polls")
