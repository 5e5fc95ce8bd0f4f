# Basic f-string interpolation of different value types
name = "World"
n = 42
x = 3.5
items = [1, 2, 3]
nothing = None
print(f"Hello, {name}!")
print(f"{n} {x} {items} {nothing}")
print(f"{n + 1} {n * 2} {len(items)}")
print(f"{name.upper()} {name[0]} {name[-1]}")
print(f"{'nested quotes'}")
print(f"{items[1]} {items[-1]}")
print(f"{ {'a': 1}['a'] }")
print(F"capital F {n}")
print(f"{True} {False} {1 == 1}")
print(f"{'a' if n > 0 else 'b'}")
print(f"" == "", f"plain" == "plain")
d = {'key': 'value'}
print(f"{d['key']} {d}")
print(f"{(1, 2)} {(n,)}")
print(f"multiple {n} values {x} in {name}")
