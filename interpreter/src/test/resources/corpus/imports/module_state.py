# Module globals are shared by everyone who imports the module
import helper_counter
from helper_counter import increment, count

print(helper_counter.get(), count)
increment()
increment()
print(helper_counter.count, helper_counter.get(), count)
helper_counter.count = 100
print(helper_counter.get())
print(increment())
import helper_uses_other
print(helper_uses_other.double_square(3), helper_counter.count)
print(helper_uses_other.helper_shapes.PI)
