x = (1 2)
if y:
        a
    b
