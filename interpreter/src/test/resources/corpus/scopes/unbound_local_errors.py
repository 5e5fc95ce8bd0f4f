# Assigning anywhere in a function makes the name local everywhere in it
counter = 0
def increment_wrong():
    counter += 1
try:
    increment_wrong()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def read_then_assign():
    value = counter
    counter = value + 1
try:
    read_then_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    n = 1
    def inner():
        n += 1
        return n
    return inner()
try:
    outer()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loop_assign():
    for i in range(2):
        if i == 1:
            print("total so far", total)
        total = i
loop_assign()
def assigned_in_unreached_branch():
    if False:
        counter = 5
    return counter
try:
    assigned_in_unreached_branch()
except UnboundLocalError as e:
    print(type(e).__name__, e)
