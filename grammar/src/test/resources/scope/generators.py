def gen():
    yield 1

def gen_from(it):
    yield from it

def not_gen():
    return [x for x in range(3)]

def gen_in_nested():
    def inner():
        yield
    return inner

lam = lambda: (yield)

def globals_and_nonlocals():
    global G1, G2
    G1 = 1
    def inner():
        global G1
        return G1 + G2
    return inner

def nonlocal_chain():
    a = 0
    def b():
        nonlocal a
        def c():
            nonlocal a
            a = 2
        return c
    return b

def del_local():
    v = 1
    del v

def import_in_func():
    import json
    from os import path as p
    return json, p

def except_name():
    try:
        pass
    except ValueError as err:
        return err
