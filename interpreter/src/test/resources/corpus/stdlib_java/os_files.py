# os: creating, listing, renaming and removing files and directories (in a scratch directory)
import os

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pygil_os_files_%d" % os.getpid())
os.mkdir(base)
print(os.path.isdir(base), os.path.exists(base), os.path.isfile(base), os.listdir(base))

def name(p):
    return os.path.relpath(p, base) if isinstance(p, str) and p.startswith(base) else p

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(f.__name__, "->", sorted(r) if isinstance(r, list) else r)
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno, e.strerror, name(e.filename), name(e.filename2), isinstance(e, OSError))
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)

a = os.path.join(base, "a.txt")
with open(a, "w") as fh:
    fh.write("hello")
print(os.path.isfile(a), os.path.getsize(a), os.path.getmtime(a) > 1e9, type(os.path.getmtime(a)).__name__, os.path.islink(a), os.path.lexists(a))
sub = os.path.join(base, "sub")
show(os.mkdir, sub)
show(os.mkdir, sub)
show(os.mkdir, os.path.join(base, "no", "such"))
show(os.mkdir, a)
show(os.listdir, base)
show(os.listdir, a)
show(os.listdir, os.path.join(base, "missing"))
show(os.makedirs, os.path.join(base, "x", "y", "z"))
print(os.path.isdir(os.path.join(base, "x", "y", "z")))
show(os.makedirs, os.path.join(base, "x", "y"))
show(os.makedirs, os.path.join(base, "x", "y"), exist_ok=True)
show(os.makedirs, a, exist_ok=True)
show(os.makedirs, os.path.join(base, "x", "y2/"), 0o755, True)
show(os.makedirs, os.path.join(a, "deeper"))
show(os.listdir, os.path.join(base, "x"))
show(os.rename, a, os.path.join(base, "b.txt"))
b = os.path.join(base, "b.txt")
show(os.rename, a, b)
print(os.path.exists(a), open(b).read())
with open(a, "w") as fh:
    fh.write("second")
show(os.replace, a, b)
print(os.path.exists(a), open(b).read())
show(os.rename, b, sub)
show(os.rename, sub, b)
show(os.remove, sub)
show(os.unlink, os.path.join(base, "missing"))
show(os.rmdir, b)
show(os.rmdir, os.path.join(base, "x"))
show(os.rmdir, os.path.join(base, "missing"))
show(os.remove, b)
show(os.remove, b)
show(os.rmdir, os.path.join(base, "x", "y", "z"))
show(os.rmdir, os.path.join(base, "x", "y"))
show(os.rmdir, os.path.join(base, "x", "y2"))
show(os.rmdir, os.path.join(base, "x", "y"))
show(os.rmdir, os.path.join(base, "x"))
show(os.rmdir, sub)
show(os.listdir, base)
show(os.mkdir, os.path.join(base, "m"), mode=0o700)
show(os.rmdir, path=os.path.join(base, "m"))
show(os.mkdir, 1.5)
show(os.remove, None)
show(os.rmdir, [])
show(os.rename, 1.5, "a")
show(os.rename, "a", 1.5)
show(os.listdir, 1.5)
show(os.listdir, ".", 2)
show(os.mkdir)
show(os.makedirs)
show(os.mkdir, "a\0b")
show(os.path.getsize, os.path.join(base, "missing"))
show(os.path.getmtime, os.path.join(base, "missing"))
show(os.path.getsize, 1.5)
show(os.path.exists, 1.5)
show(os.path.exists, "a\0b")
print(os.path.exists(os.path.join(base, "missing")), os.path.isdir(a), os.path.isfile(base), os.path.exists("os_files.py"), os.path.isfile("os_files.py"))

# paths given as bytes and as path-like objects
class P:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p
os.mkdir(P(sub))
print(os.listdir(base.encode()), os.path.isdir(P(sub)))
os.rmdir(sub.encode())
os.rmdir(P(base))
print(os.path.exists(base))
