# print converts each argument with str()
class Thing:
    def __str__(self):
        return "Thing!"

print(Thing(), [Thing()] == [1])
print(1, "1", 1.0, True, None, b"1", (1,), {1: 1})
print(str(Thing()) + "?", repr("quoted"))
values = ["a", 1, 2.5]
print(values, *values)
print("tab\tseparated", "newline\\n escaped")
print(10 ** 30, -0.0, 1e-10, float("nan"))
