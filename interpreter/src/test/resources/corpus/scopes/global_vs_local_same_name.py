# The same name can be global in one function and local in another
n = 0
def reads():
    return n
def writes_global():
    global n
    n = 10
def writes_local():
    n = 99
    return n
print(reads())
print(writes_local(), reads())
writes_global()
print(reads())
def inner_sees_global():
    def inner():
        return n
    n_local = 5
    return inner()
print(inner_sees_global())
exec_like = [n for _ in range(2)]
print(exec_like)
