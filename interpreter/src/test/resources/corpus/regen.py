"""Regenerate the expected outputs of the conformance corpus with CPython.

Usage:  python3 regen.py [area-or-file ...]

For every <area>/<name>.py that is a test (i.e. not a helper module, see
below) this runs `python3 <name>.py` with <area>/ as the working directory
and writes (after stripping the absolute path of <area>/ from the output, so
tracebacks read File "name.py", line N):
  <name>.out  CPython's stdout (always written, possibly empty)
  <name>.err  CPython's stderr, only if non-empty (otherwise deleted)
  <name>.rc   the exit code as text, only if non-zero (otherwise deleted)

A .py is a test when it already has a .out, or when it is new (has no .out)
and its name does not start with "helper_". Helper modules imported by tests
(e.g. imports/helper_shapes.py) have no .out and are skipped.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 30
PYTHON = os.environ.get("PYTHON", "python3")


def is_test(path):
    stem = path[:-3]
    if os.path.exists(stem + ".out"):
        return True
    return not os.path.basename(path).startswith("helper_")


def collect(args):
    files = []
    roots = [os.path.join(HERE, a) for a in args] if args else [HERE]
    for root in roots:
        if os.path.isfile(root):
            files.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
            if dirpath == HERE:
                continue  # regen.py itself lives here; programs live in areas
            for f in sorted(filenames):
                if f.endswith(".py"):
                    files.append(os.path.join(dirpath, f))
    return [f for f in files if is_test(f)]


def write_or_remove(path, data):
    if data:
        with open(path, "wb") as fh:
            fh.write(data)
    elif os.path.exists(path):
        os.remove(path)


def normalize(data, directory):
    """CPython 3.11 reports the script by its absolute path in tracebacks and
    SyntaxError reports; strip the program's own directory so that they read
    File "name.py", exactly as a runtime started with the bare file name prints."""
    for d in {directory, os.path.realpath(directory)}:
        data = data.replace((d.rstrip(os.sep) + os.sep).encode(), b"")
    return data


def run_one(path):
    directory, name = os.path.split(path)
    stem = path[:-3]
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONSTARTUP", None)
    try:
        proc = subprocess.run([PYTHON, name], cwd=directory, capture_output=True,
                              timeout=TIMEOUT, env=env, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        print("TIMEOUT", os.path.relpath(path, HERE))
        return False
    with open(stem + ".out", "wb") as fh:
        fh.write(normalize(proc.stdout, directory))
    write_or_remove(stem + ".err", normalize(proc.stderr, directory))
    write_or_remove(stem + ".rc", (str(proc.returncode) + "\n").encode() if proc.returncode else b"")
    return True


def main():
    files = collect(sys.argv[1:])
    ok = 0
    for f in files:
        if run_one(f):
            ok += 1
    print("regenerated %d of %d programs" % (ok, len(files)))
    return 0 if ok == len(files) else 1


if __name__ == "__main__":
    sys.exit(main())
