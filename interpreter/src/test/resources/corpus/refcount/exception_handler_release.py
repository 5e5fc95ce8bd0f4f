# Objects referenced only by a local that goes away during exception handling
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def fails():
    t = Tracked("in failing function")
    raise ValueError("boom")

def run():
    try:
        fails()
    except ValueError as e:
        print("caught", e)
    print("handler done")

run()
print("after run")
def finally_release():
    t = Tracked("finally-local")
    try:
        return "value"
    finally:
        print("in finally")
print(finally_release())
print("end")
