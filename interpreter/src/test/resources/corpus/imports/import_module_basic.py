# import of a local module and access to its attributes
import helper_shapes

print(helper_shapes.PI)
print(helper_shapes.area_square(4))
print(helper_shapes.area_circle(1))
r = helper_shapes.Rect(2, 3)
print(r, r.area(), type(r).__name__)
print(helper_shapes.__name__)
print(type(helper_shapes).__name__)
print(helper_shapes._private_helper)
print(hasattr(helper_shapes, "area_square"), hasattr(helper_shapes, "missing"))
print(callable(helper_shapes.area_square), helper_shapes.Rect.__module__)
print(helper_shapes.area_square.__module__)
