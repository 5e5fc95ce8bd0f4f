# e.args, __traceback__, __class__, with_traceback
try:
    raise ValueError("msg", 1, [2])
except ValueError as e:
    print(e.args, len(e.args), e.args[2])
    print(e.__class__.__name__, type(e) is ValueError)
    print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
try:
    int("nope")
except ValueError as e:
    print(e.args)
try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    {}[("tuple", "key")]
except KeyError as e:
    print(e.args, e)
try:
    import this_module_does_not_exist_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    undefined_variable_abc
except NameError as e:
    print(e.name if hasattr(e, "name") else "?", e)
try:
    None.foo
except AttributeError as e:
    print(e.name, e.obj)
err = RuntimeError("made")
print(err.__traceback__, err.__cause__, err.__context__)
