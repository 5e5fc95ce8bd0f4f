# from module import names
from helper_shapes import area_square, area_circle, PI
from helper_shapes import (
    Rect,
)

print(area_square(3), area_circle(2), PI)
print(Rect(4, 5).area())
PI = 3
import helper_shapes
print(PI, helper_shapes.PI)
print(area_square.__name__)
try:
    from helper_shapes import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name)
