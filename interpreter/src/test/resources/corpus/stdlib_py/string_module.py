# string: constants, capwords, Template, Formatter
import string
from string import Template

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits',
             'octdigits', 'punctuation', 'whitespace', 'printable']:
    print(name, repr(getattr(string, name)))
print(string.capwords('hello   wORLD  of python'), '|', string.capwords(' a-b c-d ', '-'))
t = Template('$who likes $what; ${who}s pay $$10')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('$a and $b').safe_substitute(a=1), Template('${x}y $').safe_substitute(x='X'))
try:
    Template('$who is $missing').substitute(who='me')
except KeyError as e:
    print('KeyError', e)
for bad in ['cost: $ 5', 'line1\nline2 ${bad', 'tail $']:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print('ValueError', e)
print(Template('$a $b $a ${c}').get_identifiers(), Template('$x').is_valid(), Template('$').is_valid())
print(Template('$price').substitute(price=3.5), Template('é$ñ').safe_substitute())


class Percent(Template):
    delimiter = '%'


print(Percent('%who owes %%5 %amount').substitute(who='bo', amount=12))
f = string.Formatter()
print(f.format('{0}-{1}-{0}', 'a', 'b'), f.format('{name:>6}|{n:04d}', name='x', n=42), f.format('{} {}', 1, 2))
print(f.format('{p.real} {d[k]} {0!r}', 'q', p=3, d={'k': 'v'}), list(f.parse('a{0}b{x:>3}c')))
