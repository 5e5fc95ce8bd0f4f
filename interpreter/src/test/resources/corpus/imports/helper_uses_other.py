# Helper module (not a test): imports another helper itself
import helper_shapes
from helper_counter import increment

def double_square(side):
    increment()
    return 2 * helper_shapes.area_square(side)
