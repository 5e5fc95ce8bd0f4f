# communicate() moves 50 MB each way through cat without deadlock (writer and readers overlap)
import subprocess

data = b"0123456789abcdef" * (50 * 1024 * 1024 // 16)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(data)
print(len(data), len(out), out == data, err, p.returncode)
text = "line %d\n"
lines = "".join(text % i for i in range(200000))
r = subprocess.run(["cat"], input=lines, capture_output=True, text=True)
print(len(r.stdout), r.stdout == lines, r.stdout.splitlines()[-1])
p = subprocess.Popen(["sh", "-c", "head -c 3000000 /dev/zero; head -c 2000000 /dev/zero >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(len(out), len(err), p.returncode)
