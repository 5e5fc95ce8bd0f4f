# Locals are released when the function returns
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def work():
    local = Tracked("local")
    print("in work")
    return "result"

r = work()
print("after work returned", r)
def keeps():
    obj = Tracked("returned")
    print("in keeps")
    return obj
kept = keeps()
print("after keeps returned", kept.name)
kept = None
print("after dropping returned object")
def nested():
    a = Tracked("outer-local")
    def inner():
        b = Tracked("inner-local")
        print("in inner")
    inner()
    print("back in nested")
nested()
print("after nested")
def loop_locals():
    for i in range(2):
        t = Tracked(f"iter{i}")
    print("loop_locals returning")
loop_locals()
print("end")
