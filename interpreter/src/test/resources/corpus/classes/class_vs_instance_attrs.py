# Class attributes are shared; instance attributes shadow them
class Dog:
    species = "canis"
    tricks = []
    def __init__(self, name):
        self.name = name

a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
a.tricks.append("sit")
print(b.tricks, Dog.tricks)
del a.species
print(a.species)
print(a.__dict__, b.__dict__)
print("species" in Dog.__dict__, "name" in Dog.__dict__)
b.new_attr = 1
print(sorted(b.__dict__))
print(hasattr(a, "new_attr"))
