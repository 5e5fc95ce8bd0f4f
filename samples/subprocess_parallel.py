"""Ten children at once: start 10 `sleep 1` processes, then communicate() with each. They run
in parallel, so the whole takes about one second, not ten."""
import subprocess
import time

start = time.perf_counter()
procs = [subprocess.Popen(["sleep", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(10)]
results = [p.communicate() for p in procs]
elapsed = time.perf_counter() - start
print("10 children, outputs:", results[0], "return codes:", sorted({p.returncode for p in procs}))
print("they ran in parallel (well under 10 s):", elapsed < 3)
print(f"~ elapsed {elapsed:.3f} s")
