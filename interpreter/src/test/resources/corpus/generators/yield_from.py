# yield from delegates to a sub-generator and returns its result
def inner():
    yield "a"
    yield "b"
    return "inner done"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [1, 2]
    yield from range(3, 5)
    yield from "xy"
    return "outer done"

print(list(outer()))
g = outer()
while True:
    try:
        print("got", next(g))
    except StopIteration as e:
        print("finished with", e.value)
        break
def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), {4: None})))
