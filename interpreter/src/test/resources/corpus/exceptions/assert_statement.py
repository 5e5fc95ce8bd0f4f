# assert with and without message
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args)
assert True, "never evaluated"
def side():
    print("message evaluated")
    return "msg"
assert 1, side()
try:
    assert [], side()
except AssertionError as e:
    print(e)
