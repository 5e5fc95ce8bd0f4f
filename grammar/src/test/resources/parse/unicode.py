café = 1
名前 = 'значение'
s = 'émoji 😀 ü'
b = 'a\u00e9\N{GREEK SMALL LETTER ALPHA}'
ﬁle = 2
print(café, 名前)
