# os.path (posixpath): the string functions, and the ways to import it
import os
import os.path
from os import path
import posixpath
import sys

print(os.path is path, path is posixpath, sys.modules["os.path"] is os.path, os.path.__name__, os.sep, os.path.sep, repr(os.linesep))
print(os.name, os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep, os.devnull, os.defpath, os.path.curdir, os.path.devnull)

for args in [("a",), ("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "b"), ("a", ""), ("a", "", "c"), ("/", "x"), ("a//", "b/"), ("/a", "b", "../c")]:
    print("join", args, repr(os.path.join(*args)))
print(repr(os.path.join(b"a", b"b")))
for p in ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b/c.txt", "a//b", "//a//b//", "./a", "../a/b", ".hidden", "a/.hidden", "x.tar.gz", "a.b/c", "..", "...", "a..", "a/b.", "/.x.y"]:
    print(repr(p), os.path.split(p), os.path.splitext(p), repr(os.path.basename(p)), repr(os.path.dirname(p)), repr(os.path.normpath(p)), os.path.isabs(p))
for p in ["a/./b", "a/../b", "../../a", "/../a", "/a/b/../../..", "a/b/../../..", "//a/../b", "///a", "a/./../.", "./", "a//b//../c"]:
    print("normpath", repr(p), repr(os.path.normpath(p)))
print(os.path.splitext(b"a.txt"), os.path.split(b"/a/b"), os.path.normpath(b"a//b"), os.path.basename(b"x/y"))
print(os.path.commonprefix([]), os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libexec"]), repr(os.path.commonprefix(["abc", "xyz"])), os.path.commonprefix(["same"]))

here = os.getcwd()
print(os.path.isabs(here), os.path.abspath(".") == here, os.path.abspath("x/../y") == os.path.join(here, "y"), os.path.abspath("/a/./b/../c"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"), os.path.relpath("/x/y", "/a/b"), os.path.relpath("sub/f", "sub"))
print(os.path.relpath(os.path.join(here, "q")), os.path.relpath(here), os.path.relpath("/") == os.path.relpath("/", here))
print(os.path.realpath(here) == os.path.realpath("."), os.path.realpath("/no/such/thing"))
home = os.environ.get("HOME")
print(os.path.expanduser("~") == (home.rstrip("/") or "/") if home else True, os.path.expanduser("x~"), os.path.expanduser("~/x").endswith("/x"))
print(os.path.expanduser("~no_such_user_xyz/a"), os.path.expanduser("~root/") in ("/root/", "/var/root/"))
os.environ["PYGIL_TEST_VAR"] = "value"
print(os.path.expandvars("a $PYGIL_TEST_VAR ${PYGIL_TEST_VAR} $NO_SUCH_VAR_X ${NO_SUCH_VAR_X} $ $"))

class P:
    def __fspath__(self):
        return "some/dir/file.py"
print(os.fspath(P()), os.path.basename(P()), os.path.join(P(), "x"), os.path.splitext(P()), os.fspath("s"), os.fspath(b"b"))

def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
show(os.path.join, 1)
show(os.path.join, "a", 1)
show(os.path.join, "a", b"b")
show(os.path.join)
show(os.path.basename, 1)
show(os.path.dirname, None)
show(os.path.split)
show(os.path.splitext, "a", "b")
show(os.path.normpath, 1.5)
show(os.path.abspath, 1)
show(os.path.relpath, "")
show(os.fspath, 1)
show(os.path.exists)
show(os.path.isabs, 3)
class BadPath:
    def __fspath__(self):
        return 3
show(os.fspath, BadPath())
