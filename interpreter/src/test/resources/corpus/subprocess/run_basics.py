# subprocess.run: capture, text, input, check, STDOUT/DEVNULL, cwd, env, shell
import os
import subprocess
import sys

r = subprocess.run(["echo", "Hello, world!"], capture_output=True, text=True)
print(r)
print(r.args, r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run(["echo", "bytes"], stdout=subprocess.PIPE)
print(r)
r = subprocess.run(["cat"], input=b"fed through stdin\n", capture_output=True)
print(r.stdout)
r = subprocess.run(["cat"], input="text in\r\nwindows line\n", capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run("echo out; echo err >&2; exit 3", shell=True, capture_output=True, universal_newlines=True)
print(r)
r = subprocess.run("echo out; echo err >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo gone; echo gone too >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(r)
r = subprocess.run(["pwd"], cwd="/", capture_output=True, encoding="utf-8")
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo $PYGIL_TEST_VAR"], env={"PYGIL_TEST_VAR": "from env", "PATH": os.environ["PATH"]}, capture_output=True, text=True)
print(r.stdout.strip())
os.environ["PYGIL_TEST_VAR2"] = "inherited from os.environ"
print(subprocess.run(["sh", "-c", "echo $PYGIL_TEST_VAR2"], capture_output=True, text=True).stdout.strip())
r = subprocess.run(["sh", "-c", "printf 'a\\nb\\n'; exit 0"], capture_output=True, text=True, check=True)
print(r.stdout.splitlines())
r.check_returncode()
r = subprocess.run(["false"])
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
r = subprocess.run(["echo", "straight to our stdout"])
print(r.stdout, r.stderr)
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
try:
    subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError", e)
