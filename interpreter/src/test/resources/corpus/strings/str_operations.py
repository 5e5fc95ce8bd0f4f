# Concatenation, repetition, membership, comparison, iteration
a = "foo"
b = "bar"
print(a + b, a * 3, 3 * b, a * 0, a * -1 == "")
print("o" in a, "oo" in a, "x" in a, "" in "", "fb" in a + b)
print(a < b, a > b, a == "foo", a != "Foo", "Z" < "a", "abc" < "abcd")
print(max("hello"), min("hello"), sorted("hello"))
for ch in "hey":
    print(ch, ord(ch))
print(list("abc"), tuple("ab"), set("aaa"))
print("".join(reversed("stressed")))
n = 0
for ch in "mississippi":
    if ch == "s":
        n += 1
print(n)
s = ""
for i in range(5):
    s += str(i)
print(s)
print("ab" * 2 + "c", ("ab" + "c") * 2)
print(chr(97) + chr(98), ord("A") + 1)
