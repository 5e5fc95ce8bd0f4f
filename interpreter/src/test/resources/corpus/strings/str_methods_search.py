# find, index, count, startswith, endswith, replace
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"))
print(s.index("quick"), s.rindex("o"))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.replace("the", "a"), s.replace("o", "0", 2), sep="\n")
print("aaa".replace("a", "bb"), "abc".replace("", "-"), "x".replace("y", "z"))
print("hello".find(""), "hello".find("l", -2), "hello"[::-1].find("l"))
print(s.split(" ")[::-1][0], len(s.split()))
print("abc".startswith(""), "".endswith(""), "ab".startswith("abc"))
