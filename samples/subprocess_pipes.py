"""Talking to children through pipes: capture a command's output with run(), then feed text to
`grep` on its stdin and read what it printed, with communicate()."""
import subprocess

result = subprocess.run(["echo", "Hello, world!"], capture_output=True, text=True)
print("run() captured:", repr(result.stdout), "return code", result.returncode)
print(result)

data = "Hello, world!\nGoodbye, world!\nHello again!\n"
grep = subprocess.Popen(["grep", "Hello"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = grep.communicate(data)
print("grep kept", len(out.splitlines()), "of", len(data.splitlines()), "lines:")
print(out, end="")

try:
    subprocess.run(["grep", "absent"], input=data, text=True, capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print("no match:", e)
