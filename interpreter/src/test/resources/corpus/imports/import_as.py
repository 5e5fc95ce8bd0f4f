# import x as y and from x import a as b
import helper_shapes as shapes
from helper_shapes import area_square as sq, Rect as R

print(shapes.area_square(5), sq(6), R(1, 2))
print(shapes.__name__)
print(sq is shapes.area_square, R is shapes.Rect)
try:
    helper_shapes
except NameError as e:
    print(type(e).__name__, e)
import helper_shapes
print(helper_shapes is shapes)
