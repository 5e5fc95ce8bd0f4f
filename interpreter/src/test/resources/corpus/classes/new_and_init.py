# __new__ runs before __init__
class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst

    def __init__(self, value):
        print("__init__", value)
        self.value = value

t = Traced(5)
print(t.value, t.created_by_new)
class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance
s1 = Singleton()
s2 = Singleton()
print(s1 is s2)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("shout")
print(u, type(u).__name__, isinstance(u, str), u + "!")
