# sys.exit raises SystemExit, which can be caught
import sys

for arg in (0, 1, 7, "text", None):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), type(e).__name__, isinstance(e, Exception))
try:
    sys.exit()
except SystemExit as e:
    print("no argument ->", e.code, e.args)
try:
    sys.exit((2, 3))
except SystemExit as e:
    print("tuple ->", e.code)
print("still running")
