# Uncaught exceptions with several arguments or no message
def check(kind):
    if kind == 1:
        print("raising with two args")
        raise ValueError("bad value", 42)

try:
    raise ValueError
except ValueError as e:
    print("caught empty:", repr(e))
check(1)
