class D:
    def __del__(self): print('del')
def f():
    for i in range(2):
        print(i)
        i = D()
    print('end')
f()
