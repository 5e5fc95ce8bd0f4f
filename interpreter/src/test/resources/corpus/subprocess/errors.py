# subprocess errors with CPython's messages: missing program, check=True, timeouts, signals
import subprocess

try:
    subprocess.run(["nosuchprog"])
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename)
try:
    subprocess.Popen("nosuchprog --flag")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["ls"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 7"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e, e.stdout, e.stderr)
try:
    subprocess.check_call(["sh", "-c", "exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_output(["sh", "-c", "echo x; exit 5"])
except subprocess.CalledProcessError as e:
    print(e, e.output)
try:
    subprocess.run(["sleep", "5"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
    print(e.cmd, e.timeout, e.stdout, e.stderr)
try:
    subprocess.run("echo before; sleep 5", shell=True, timeout=0.5, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout)
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait())
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode > 0 or e.returncode < 0)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError),
      issubclass(subprocess.SubprocessError, Exception))
print(str(subprocess.CalledProcessError(-9, ["sleep", "5"])))
print(str(subprocess.CalledProcessError(-15, "x")))
