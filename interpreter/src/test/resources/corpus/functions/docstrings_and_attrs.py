# Function docstrings, names and defaults
def documented(a, b=2, *args, c, d=4, **kw):
    """Adds things."""
    return a

print(documented.__doc__)
print(documented.__name__)
print(documented.__defaults__)
print(documented.__kwdefaults__)
print(documented.__code__.co_argcount, documented.__code__.co_kwonlyargcount)
def undocumented():
    pass
print(undocumented.__doc__)
def multiline():
    """First line.

    More text.
    """
print(multiline.__doc__.splitlines()[0])
print(documented.__module__)
