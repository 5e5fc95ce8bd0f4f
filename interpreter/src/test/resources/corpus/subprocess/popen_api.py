# Popen: streams as files, poll/wait, signals, context manager, communicate
import subprocess
import sys

p = subprocess.Popen(["grep", "Hello"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("Hello, world!\nGoodbye\nHello again\n")
print(repr(out), err, p.returncode)
print(p.stdin.closed, p.stdout.closed)

p = subprocess.Popen(["printf", "one\\ntwo\\nthree\\n"], stdout=subprocess.PIPE)
print(p.stdout.readline())
for line in p.stdout:
    print("line", line)
print(p.wait(), p.poll(), p.returncode)
p.stdout.close()

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"abc\n")
p.stdin.write(b"def\n")
p.stdin.close()
print(p.stdout.read(2), p.stdout.read())
print(p.wait())
p.stdout.close()

p = subprocess.Popen(["sleep", "5"])
print(p.poll(), p.returncode)
p.terminate()
print(p.wait(), p.poll())
p.send_signal(9)
p = subprocess.Popen(["sleep", "5"])
p.send_signal(10)  # SIGUSR1 (SIGINT may be ignored where tests run, and children inherit that)
print(p.wait())

with subprocess.Popen(["sh", "-c", "echo ctx; exit 4"], stdout=subprocess.PIPE, text=True) as p:
    print(repr(p.stdout.read()))
print(p.returncode, p.stdout.closed)
print(repr(subprocess.Popen(["true"])).startswith("<Popen: returncode: None args: ['true']>"))
p = subprocess.Popen(["true"])
p.wait()
print(p)

p = subprocess.Popen(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate())
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(b"late", timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("no timeout expected", e)
print(p.returncode)
p = subprocess.Popen("read x; echo got $x; sleep 1; echo after", shell=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
try:
    p.communicate("line\n", timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e)
print(p.communicate())
print(p.returncode)
print(subprocess.getoutput("echo hi; echo there"), subprocess.getstatusoutput("exit 3"))
print(subprocess.call("exit 6", shell=True), subprocess.check_call(["true"]))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
