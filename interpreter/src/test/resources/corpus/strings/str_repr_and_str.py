# str() and repr() of various values
values = [0, -5, 2 ** 65, 1.5, -0.0, 1e300, True, None, "s", "it's", 'q"', "both'\"",
          [1, "a"], (1,), {"k": "v"}, b"by", "\n", "\\", "é"]
for v in values:
    print(str(v), "|", repr(v))
print(str(), repr(""), str(str), repr(repr("x")))
print(str(1) + str(2), repr(1) + repr("2"))
print(str([1.0, 2.5]), repr([0.1]))
print(str(("a", "b")), str({"x": ("y",)}))
