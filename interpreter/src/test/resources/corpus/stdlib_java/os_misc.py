# os: process information, the environment, urandom, strerror
import os

pid = os.getpid()
print(type(pid).__name__, pid > 0, os.getpid() == pid, os.getppid() > 0, os.getppid() != pid)
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(os.getcwd() == os.path.abspath("."), os.path.isabs(os.getcwd()), os.path.isfile(os.path.join(os.getcwd(), "os_misc.py")))
print(type(os.getcwdb()).__name__, os.getcwdb().decode() == os.getcwd())
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()), all(os.getenv(k) == v for k, v in os.environ.items()))
print(os.getenv("PYGIL_SURELY_UNSET"), os.getenv("PYGIL_SURELY_UNSET", "dflt"), os.getenv(key="PYGIL_SURELY_UNSET", default=3))
os.environ["PYGIL_NEW_VAR"] = "1"
print(os.getenv("PYGIL_NEW_VAR"), os.environ.get("PYGIL_NEW_VAR"), "PYGIL_NEW_VAR" in os.environ)
del os.environ["PYGIL_NEW_VAR"]
print(os.getenv("PYGIL_NEW_VAR"))
try:
    os.environ["PYGIL_SURELY_UNSET"]
except KeyError as e:
    print("KeyError", e)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(1000) != os.urandom(1000))
print(os.strerror(2), os.strerror(13), os.strerror(17), os.strerror(0))
print(os.error is OSError, os.access(".", os.F_OK), os.access("os_misc.py", os.R_OK), os.access("no_such_file_x", os.F_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)
for f, args in [(os.getenv, (1,)), (os.getenv, ()), (os.getenv, ("a", 1, 2)), (os.urandom, (-1,)), (os.urandom, ("a",)), (os.urandom, ()),
                (os.getpid, (1,)), (os.getcwd, (1,)), (os.cpu_count, (1,)), (os.strerror, ()), (os.fspath, ()), (os.access, ("x",))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    os.urandom(size=1)
except TypeError as e:
    print(e)
