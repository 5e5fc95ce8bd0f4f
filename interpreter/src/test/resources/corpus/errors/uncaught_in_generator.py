# An exception raised inside a generator while it is consumed
def countdown(n):
    while True:
        if n < 0:
            raise RuntimeError("countdown went negative")
        yield n
        n -= 1

for value in countdown(2):
    print(value)
