# Private name mangling: attributes, methods, parameters and locals named __x inside a class
class C:
    __private = 1
    def get(self):
        return self.__private
    def __mangled(self, __arg):
        __local = __arg * 2
        return __local
    def call(self):
        return self.__mangled(21)
c = C()
print(c.get(), c.call(), C._C__private, hasattr(c, "__private"), sorted(k for k in vars(C) if "mangled" in k))
