# Raising inside an except block chains via __context__
try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("first")
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise IndexError("standalone")
except IndexError as e:
    print(e.__context__, e.__cause__)
def three_levels():
    try:
        try:
            raise ValueError(1)
        except ValueError:
            raise TypeError(2)
    except TypeError:
        raise KeyError(3)
try:
    three_levels()
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(" <- ".join(chain))
