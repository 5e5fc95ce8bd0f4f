# Ordering of try / except / else / finally
def run(fail):
    try:
        print("try", fail)
        if fail:
            raise ValueError("boom")
        print("try end")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")

run(False)
run(True)
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
try:
    pass
finally:
    print("finally without except")
