# An uncaught assertion without a message
x = 5
assert x == 5
print("first assertion passed")
assert x > 10
