# The built-in exception hierarchy
pairs = [
    (ValueError, Exception), (TypeError, Exception), (KeyError, LookupError),
    (IndexError, LookupError), (LookupError, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (ArithmeticError, Exception), (AttributeError, Exception),
    (NameError, Exception), (UnboundLocalError, NameError), (RuntimeError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (KeyboardInterrupt, BaseException), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
    (SystemExit, Exception), (Exception, BaseException), (OSError, Exception),
    (FileNotFoundError, OSError), (ImportError, Exception), (ModuleNotFoundError, ImportError),
    (AssertionError, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
]
for sub, sup in pairs:
    print(f"{sub.__name__} <: {sup.__name__}: {issubclass(sub, sup)}")
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in RecursionError.__mro__])
print([c.__name__ for c in ModuleNotFoundError.__mro__])
print(BaseException.__bases__[0].__name__)
