# Calling a function with the wrong arguments, uncaught
def area(width, height):
    return width * height

print(area(2, 3))
print(area(4))
