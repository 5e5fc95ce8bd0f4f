# Objects kept alive by function defaults and closures die with the function
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def with_default(x=Tracked("default")):
    return x.name
print(with_default())
del with_default
print("function with default deleted")
def make_closure():
    captured = Tracked("captured")
    def inner():
        return captured.name
    return inner
fn = make_closure()
print("closure made", fn())
fn = None
print("closure dropped")
lam = (lambda t: lambda: t.name)(Tracked("lambda-captured"))
print(lam())
del lam
print("end")
