"""Reference counting as CPython does it: __del__ runs the moment the last reference goes."""
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {name}")

    def __del__(self):
        print(f"close {self.name}")


def scope():
    r = Resource("local")
    print("leaving scope()")


x = Resource("x")
print("refcount of x:", sys.getrefcount(x))
holder = [x]
print("after putting x in a list:", sys.getrefcount(x))
x = None
print("x rebound; the list still holds it")
holder.pop()
print("popped from the list")
scope()
print("after scope()")
del holder
Resource("temporary")
print("done")
