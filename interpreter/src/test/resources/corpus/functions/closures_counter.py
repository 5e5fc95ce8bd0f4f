# Closures capture variables, not values
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2(), c1())
def make_accumulator(start):
    total = [start]
    def add(n):
        total[0] += n
        return total[0]
    return add
acc = make_accumulator(100)
print(acc(10), acc(-5))
def make_pair():
    value = 0
    def get():
        return value
    def set(v):
        nonlocal value
        value = v
    return get, set
get, set_ = make_pair()
print(get())
set_(42)
print(get())
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(10)(1))
print(add5.__closure__ is not None, len(add5.__closure__))
