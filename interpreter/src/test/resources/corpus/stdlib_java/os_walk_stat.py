# os.walk (top-down with pruning, bottom-up, errors) and os.stat / os.lstat
import os

base = os.path.join(os.environ.get("TMPDIR", "/tmp"), "pygil_os_walk_%d" % os.getpid())
for d in ["a/b/c", "a/d", "e", "skip/inner"]:
    os.makedirs(os.path.join(base, d))
for f, text in [("top.txt", "1"), ("a/x.py", "22"), ("a/b/y.py", "333"), ("a/b/c/z.txt", ""), ("e/w", "4444"), ("skip/inner/q", "5")]:
    with open(os.path.join(base, f), "w") as fh:
        fh.write(text)

def rel(p):
    return os.path.relpath(p, base)

walker = os.walk(base)
print(type(walker).__name__, iter(walker) is walker)
for top, dirs, files in walker:
    dirs.sort()
    if "skip" in dirs:
        dirs.remove("skip")
    print(rel(top), dirs, sorted(files))
print([rel(t) for t, d, f in sorted(os.walk(base, topdown=False))])
bottom_up = [rel(t) for t, d, f in os.walk(base, topdown=False)]
print(bottom_up.index("a/b/c") < bottom_up.index("a/b") < bottom_up.index("a"), bottom_up[-1])
print(list(os.walk(os.path.join(base, "missing"))))
errors = []
print(list(os.walk(os.path.join(base, "missing"), onerror=errors.append)), [(type(e).__name__, e.errno, rel(e.filename)) for e in errors])
print(list(os.walk(os.path.join(base, "top.txt"))))
print(sorted((rel(t), sorted(f)) for t, d, f in os.walk(base.encode() if False else base) if not d))
for t, d, f in os.walk(os.path.join(base, "e").encode()):
    print(type(t).__name__, d, f)

st = os.stat(os.path.join(base, "a/b/y.py"))
print(type(st).__name__, type(st).__module__, len(st), st.st_size, st[6], st.st_nlink, isinstance(st, tuple))
print(st.st_mtime > 1e9, type(st.st_mtime).__name__, type(st[8]).__name__, st[8] == int(st.st_mtime), st.st_mtime_ns // 10**9 == st[8])
print(oct(st.st_mode & 0o170000), oct(os.stat(base).st_mode & 0o170000), os.stat(base).st_ino != st.st_ino, st.st_dev == os.stat(base).st_dev)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.lstat(os.path.join(base, "e/w")).st_size, os.stat(os.path.join(base, "e/w"), follow_symlinks=False).st_size)
print(repr(st).startswith("os.stat_result(st_mode=" + str(st.st_mode) + ", st_ino="), repr(st).count("="))
for bad in [os.path.join(base, "missing"), 1.5]:
    try:
        os.stat(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else e, rel(e.filename) if isinstance(e, OSError) else "")

for top, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(top, f))
    os.rmdir(top)
print(os.path.exists(base))
