# Module code runs only on the first import
print("before first import")
import helper_side_effects
print("after first import")
import helper_side_effects
print("after second import")
import helper_side_effects as again
from helper_side_effects import add, items
print("after from-import")
print(again is helper_side_effects)
print(add("x"), add("y"), items, helper_side_effects.items is items)
print(helper_side_effects.load_count)
