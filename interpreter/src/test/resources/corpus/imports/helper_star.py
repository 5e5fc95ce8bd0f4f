# Helper module (not a test): defines __all__ for star imports
__all__ = ["public_one", "public_two"]

def public_one():
    return "one"

def public_two():
    return "two"

def not_exported():
    return "hidden"

_private = "private"
