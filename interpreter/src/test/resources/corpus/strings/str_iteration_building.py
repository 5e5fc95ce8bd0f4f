# Building and analysing strings with loops
text = "hello world from pygil"
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
for ch in sorted(counts):
    print(ch, counts[ch])
words = text.split()
print([w[::-1] for w in words])
print(" ".join(w.capitalize() for w in words))
print(max(words, key=len), min(words, key=len))
vowels = sum(1 for c in text if c in "aeiou")
print("vowels", vowels)
acc = []
for i, w in enumerate(words):
    acc.append(f"{i}:{w}")
print(",".join(acc))
print("".join(chr(ord(c) + 1) for c in "HAL"))
