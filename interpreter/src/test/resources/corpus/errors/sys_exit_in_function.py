# sys.exit from deep inside the call stack, finally blocks still run
import sys

def inner():
    print("inner exiting")
    sys.exit(4)

def outer():
    try:
        inner()
    finally:
        print("outer cleanup")

outer()
print("never printed")
