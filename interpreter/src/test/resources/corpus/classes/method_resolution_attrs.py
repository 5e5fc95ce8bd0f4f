# Looking up attributes through instances, classes and bases
class Base:
    shared = "base"
    def who(self):
        return "Base.who"
    def call_who(self):
        return self.who()

class Derived(Base):
    def who(self):
        return "Derived.who"

d = Derived()
print(d.call_who(), Base().call_who())
print(d.shared, Derived.shared)
Derived.shared = "derived"
print(d.shared, Base.shared)
d.who = lambda: "instance override"
print(d.who(), d.call_who())
del d.who
print(d.who())
Base.extra = lambda self: "added later"
print(d.extra())
print(Derived.who(d), Base.who(d))
