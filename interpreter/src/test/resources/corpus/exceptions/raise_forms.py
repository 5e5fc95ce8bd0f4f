# raise with a class, an instance, and invalid objects
try:
    raise ValueError
except ValueError as e:
    print("class:", repr(e))
try:
    raise ValueError("instance")
except ValueError as e:
    print("instance:", repr(e))
try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise str
except TypeError as e:
    print(type(e).__name__, e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
def gen_error():
    return IndexError("from function")
try:
    raise gen_error()
except IndexError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
