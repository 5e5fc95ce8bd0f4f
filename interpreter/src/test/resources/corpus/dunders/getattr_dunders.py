# __getattr__ is the fallback for missing attributes; __setattr__ intercepts all sets
class Dynamic:
    existing = "real"
    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"no {name}")

d = Dynamic()
print(d.existing)
print(d.auto_value)
print(getattr(d, "missing", "default"))
print(hasattr(d, "auto_x"), hasattr(d, "nope"))
class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
r = Recorder()
r.x = 5
print(r.x, r.__dict__)
del r.x
print(r.__dict__)
