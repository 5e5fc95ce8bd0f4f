def outer():
    x = 1
    y = 2
    def middle():
        def inner():
            nonlocal x
            x += 1
            return x + y
        return inner
    return middle

def shadow():
    v = 1
    def g():
        v = 2
        return v
    return g

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def uses_lambda(n):
    return lambda k: n + k

def param_cell(a):
    def g():
        return a
    return g

def through_class():
    z = 1
    class K:
        z = 2
        def m(self):
            return z
        w = z
    return K

def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3
        return l2
    return l1
