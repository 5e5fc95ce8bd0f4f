# Imports inside functions bind a local name
def use():
    import helper_shapes
    return helper_shapes.area_square(7)

print(use())
try:
    helper_shapes
except NameError as e:
    print(type(e).__name__, e)
def use_from():
    from helper_shapes import Rect
    return Rect(2, 2).area()
print(use_from())
def conditional(flag):
    if flag:
        import helper_counter as hc
        return hc.increment()
    return "not imported"
print(conditional(False), conditional(True), conditional(True))
