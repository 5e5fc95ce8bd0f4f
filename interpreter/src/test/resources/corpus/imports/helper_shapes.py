# Helper module (not a test): geometry helpers imported by several tests
PI = 3.14159

def area_square(side):
    return side * side

def area_circle(r):
    return PI * r * r

class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def __repr__(self):
        return f"Rect({self.w}, {self.h})"

_private_helper = "underscore name"

if __name__ == "__main__":
    print("helper_shapes run as a script")
