# Nested replacement fields inside format specs
width = 10
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:{width}}]")
print(f"[{'x':{'^'}{width}}]")
for w in range(3, 8, 2):
    print(f"[{'ab':>{w}}]")
fill = '*'
align = '^'
print(f"[{'mid':{fill}{align}{width}}]")
fmt = ".2e"
print(f"{value:{fmt}}")
print(f"{12345:{','}}")
for p in range(4):
    print(f"{1 / 7:.{p}f}")
print(f"{'trunc':.{2}}")
