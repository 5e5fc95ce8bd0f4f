# A comment at the top


x = 1  # trailing comment
y = 2; z = 3
a = 1; b = 2;
if x: y = 1; z = 2

total = 1 + \
    2 + \
    3

values = [
    1,
    2,  # comment inside brackets

    3,
]

def f(a,
      b):
    # comment in body

    return (a +
            b)

class K:

    # comment before first statement
    def m(self):
        pass
        # trailing comment in block

    # comment between methods

    def n(self):
        if True:
            pass
    # dedent after comment


x = {
    'a': 1,
         'b': 2,
}
if x:
	tabbed = 1
	if tabbed:
		deeper = 2
s = '''multi
line
string'''
t = """another
""" + 'x'
u = f'''x{
    1 +
    2
}y'''
z = 1 \
  + 2
