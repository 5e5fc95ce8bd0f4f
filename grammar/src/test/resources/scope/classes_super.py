class A:
    def m(self):
        return super().m()

class B(A):
    def m(self):
        return __class__

    def n(self):
        def inner():
            return super().n()
        return inner

    def plain(self):
        return 1

class C:
    __private = 1
    def get(self):
        return self.__private
    def __mangled(self, __arg):
        __local = __arg
        return __local

def factory():
    class D:
        def m(self):
            return super().m()
    return D
