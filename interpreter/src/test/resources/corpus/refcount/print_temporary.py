# Temporaries created in a statement die at the end of that statement
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __str__(self):
        return f"Tracked({self.name})"
    def greet(self):
        return "hello from " + self.name

print(Tracked("printed"))
print("next statement")
Tracked("discarded")
print("after expression statement")
Tracked("method").greet()
print("after method call statement")
len([Tracked("in list")])
print("after len")
def make():
    return Tracked("return value")
make()
print("after ignoring return value")
result = make().name
print("kept only the name:", result)
