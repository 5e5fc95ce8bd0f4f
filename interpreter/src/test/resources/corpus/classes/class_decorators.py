# Decorators applied to classes
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls

@register
@add_greeting
class Alpha:
    pass

@register
class Beta:
    pass

print(sorted(registry))
print(Alpha().greet())
print(hasattr(Beta, "greet"))
def with_label(label):
    def deco(cls):
        cls.label = label
        return cls
    return deco
@with_label("tagged")
class Gamma:
    pass
print(Gamma.label, Gamma().label)
def replace(cls):
    return "replaced"
@replace
class Delta:
    pass
print(Delta)
