# Class bodies do not form an enclosing scope for methods
x = "module"
class C:
    x = "class"
    def method(self):
        return x
    def method_self(self):
        return self.x
    y = x + " derived"
print(C().method(), C().method_self(), C.y)
def func():
    z = "func local"
    class Inner:
        z_copy = z
        def get(self):
            return z
    return Inner.z_copy, Inner().get()
print(func())
class Counter:
    count = 0
    def bump(self):
        try:
            return count
        except NameError as e:
            return f"NameError: {e}"
print(Counter().bump())
def outer():
    v = "function v"
    class K:
        v = "class v"
        def m(self):
            return v
    return K().m(), K.v
print(outer())
