# Exceptions that are not errors: StopIteration, KeyboardInterrupt, SystemExit
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    raise KeyboardInterrupt("ctrl-c")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    try:
        raise SystemExit("bye")
    except Exception:
        print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    open("definitely_missing_file_for_corpus.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
except OSError as e:
    print("OSError", e)
