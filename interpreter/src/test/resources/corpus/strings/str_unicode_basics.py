# Non-ASCII characters are single code points
s = "naïve café"
print(s, len(s), s[2], s.upper())
print([ord(c) for c in "é€😀"])
print(chr(233), chr(8364), chr(128512))
print("😀" * 3, len("😀" * 3))
print("αβγ"[::-1], "αβγ".upper())
print("€" in "cost: 5€", "café".find("é"))
print("日本語".encode("utf-8"), len("日本語".encode("utf-8")))
print(b"\xe6\x97\xa5".decode("utf-8"))
print(sorted(["é", "e", "f", "z", "É"]))
print(repr("é😀\u200b"))
print(ascii("é😀"))
