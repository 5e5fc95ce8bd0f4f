# All the ways to write string literals
print('single', "double")
print('''triple single''', """triple double""")
print("it's", 'say "hi"')
print('''multi
line''')
print("""a
  b
    c""")
print('a' "b" 'c')
s = ("implicit "
     "concatenation "
     'across lines')
print(s)
print(repr('it\'s'), repr("say \"hi\""))
print(repr('both \' and "'))
print(repr("only '"), repr('only "'))
print(len(''), len(""), len(''''''))
print('' == "", 'abc' == "abc")
