# C3 linearization for diamonds and more complex hierarchies
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print([c.__name__ for c in D.__mro__])
print(D().who())
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__], E().who())
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class W(K1, K2, K3): pass
print([c.__name__ for c in W.__mro__])
print([c.__name__ for c in W.mro()])
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class M1:
    x = "M1"
class M2:
    x = "M2"
    y = "M2y"
class M(M1, M2):
    pass
print(M.x, M.y)
