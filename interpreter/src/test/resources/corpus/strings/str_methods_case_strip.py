# upper/lower/strip family
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.upper(), s.lower(), sep="|")
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "  a  ".strip(" "))
print("hello world".title(), "Hello".swapcase(), "hello".capitalize())
print("ABC".lower().upper(), "ß".upper(), "İ".lower() == "i̇")
print("abc".isalpha(), "abc1".isalpha(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "ab".islower())
print("\t\n x \r\n".strip() == "x")
print("a".center(5, "*"), "a".ljust(3, "-"), "a".rjust(3, "-"), "42".zfill(5), "-42".zfill(5))
print("Hello".casefold(), "MiXeD".lower())
