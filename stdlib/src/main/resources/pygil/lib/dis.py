"""Disassembly of pygil bytecode (pygil's instruction set, not CPython's)."""
import sys as _sys
import _pygil


def dis(x, *, file=None):
    """Print the instructions of a function, method or code object (and of its nested code)."""
    (file or _sys.stdout).write(_pygil.disassemble(x))


disassemble = dis
