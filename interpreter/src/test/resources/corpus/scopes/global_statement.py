# global lets a function rebind module-level names
total = 0
def add(n):
    global total
    total += n
    return total
add(5)
add(7)
print(total)
def define_many():
    global a, b
    a, b = 1, 2
define_many()
print(a, b)
def mutate_without_global():
    items.append("added")
items = []
mutate_without_global()
print(items)
def rebind_without_global():
    items = ["new"]
    return items
print(rebind_without_global(), items)
def nested_global():
    def inner():
        global total
        total = "set by inner"
    inner()
nested_global()
print(total)
def global_in_loop():
    global idx
    for idx in range(3):
        pass
global_in_loop()
print(idx)
