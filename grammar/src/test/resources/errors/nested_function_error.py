def outer():
    def inner():
        x = [1, 2
        return x
    return inner
