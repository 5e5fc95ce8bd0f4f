# Escaped braces and literal text
x = 5
print(f"{{}}")
print(f"{{x}}")
print(f"{{{x}}}")
print(f"{{{{x}}}}")
print(f"a{{b")
print(f"}}{x}{{")
print(f"{x}{x}{{x}}")
print(f"{'{'}{'}'}")
print("{} and {{}}".format(1))
print(f"{{{x!r}}}")
print(len(f"{{}}"))
