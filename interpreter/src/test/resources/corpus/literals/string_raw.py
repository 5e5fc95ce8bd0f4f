# Raw strings keep backslashes
print(r"a\nb", len(r"a\nb"))
print(r'C:\temp\new')
print(repr(r"\t"), repr(r"\\"))
print(r"\d+\.\d+")
print(R"upper R")
print(r"""raw
triple\n""")
print(r"\"" , len(r"\""))
print(r"a" "\tb")
print(rb"\x00", len(rb"\x00"))
print(Rb"\n" == b"\\n")
print(r"\u00e9", len(r"\u00e9"))
