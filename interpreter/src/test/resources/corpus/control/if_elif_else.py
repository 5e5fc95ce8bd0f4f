# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
x = []
if x:
    print("non-empty")
else:
    print("empty")
if not x and len(x) == 0:
    print("both")
if 0: print("never")
elif 1: print("one-liner elif")
value = None
if value is None:
    print("is None")
if "":
    print("no")
elif [0]:
    print("list with zero is truthy")
nested = 5
if nested > 0:
    if nested > 3:
        print("nested > 3")
    else:
        print("nested <= 3")
