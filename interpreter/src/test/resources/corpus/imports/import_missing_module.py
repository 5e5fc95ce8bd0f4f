# Importing a module that does not exist
try:
    import this_does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
    print(e.name)
try:
    import this_does_not_exist
except ImportError as e:
    print("caught as ImportError:", e)
try:
    from this_does_not_exist import something
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import helper_shapes.not_a_package
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print("program continues")
