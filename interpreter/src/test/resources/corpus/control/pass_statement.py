# pass in various block positions
def nothing():
    pass

class Empty:
    pass

for i in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(nothing(), Empty.__name__, i)
def only_doc():
    "docstring only"
print(only_doc(), only_doc.__doc__)
def ellipsis_body():
    ...
print(ellipsis_body(), ...)
