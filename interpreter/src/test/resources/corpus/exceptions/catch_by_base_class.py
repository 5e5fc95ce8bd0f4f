# except clauses match subclasses; the first matching clause wins
def trigger(kind):
    if kind == "key":
        return {}["k"]
    if kind == "index":
        return [][1]
    if kind == "zero":
        return 1 / 0
    if kind == "attr":
        return None.x
    if kind == "name":
        return undefined_name_here
    if kind == "overflow":
        return float(2 ** 10000)

for kind in ("key", "index", "zero", "attr", "name", "overflow"):
    try:
        trigger(kind)
    except LookupError as e:
        print(kind, "LookupError branch:", type(e).__name__, e)
    except ArithmeticError as e:
        print(kind, "ArithmeticError branch:", type(e).__name__, e)
    except Exception as e:
        print(kind, "Exception branch:", type(e).__name__, e)
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
