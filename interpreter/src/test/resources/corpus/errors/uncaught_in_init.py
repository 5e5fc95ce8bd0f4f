# An exception raised while constructing an object
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"temperature below absolute zero: {kelvin}")
        self.kelvin = kelvin

t = Temperature(300)
print(t.kelvin)
Temperature(-5)
