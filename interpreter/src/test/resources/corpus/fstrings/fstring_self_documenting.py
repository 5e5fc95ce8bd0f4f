# The {x=} debugging form
x = 10
name = "pygil"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x=:5}|")
print(f"{name=}")
print(f"{name=!s}")
print(f"{x * 2=}")
print(f"{items=} {len(items)=}")
print(f"{3.14159=:.2f}")
print(f"{name.upper()=}")
print(f"{x=!r:>6}")
