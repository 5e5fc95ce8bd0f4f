# finally blocks run before the traceback is printed
def risky():
    try:
        print("in try")
        raise KeyError("missing")
    finally:
        print("in finally")

try:
    risky()
finally:
    print("outer finally")
