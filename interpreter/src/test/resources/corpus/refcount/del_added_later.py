# Whether a released object runs __del__ follows its class as it is now: a __del__ added to
# (or removed from) a class or a base after instances were created and released.


class Base:
    pass


class Child(Base):
    pass


def churn(cls, tag):
    for i in range(3):
        obj = cls()
        obj.tag = tag + str(i)
    del obj


churn(Base, "plain")
churn(Child, "plain-child")
print("no finalizers yet")

Base.__del__ = lambda self: print("Base.__del__", self.tag)
churn(Base, "b")
churn(Child, "c")

Child.__del__ = lambda self: print("Child.__del__", self.tag)
churn(Child, "c2")

del Base.__del__
churn(Base, "gone")
churn(Child, "still")

del Child.__del__
churn(Child, "none")
print("done")
