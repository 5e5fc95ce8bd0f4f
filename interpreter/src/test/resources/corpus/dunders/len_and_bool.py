# __bool__ and the __len__ fallback for truth testing
class Empty:
    def __len__(self):
        return 0
class Full:
    def __len__(self):
        return 3
class Falsy:
    def __bool__(self):
        return False
class Both:
    def __bool__(self):
        print("__bool__ used")
        return True
    def __len__(self):
        print("__len__ used")
        return 0
class Neither:
    pass

for obj in (Empty(), Full(), Falsy(), Both(), Neither()):
    print(type(obj).__name__, bool(obj))
print(len(Full()), not Empty(), "yes" if Full() else "no")
if Falsy() or Empty():
    print("no")
else:
    print("both falsy")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
