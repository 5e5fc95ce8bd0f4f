"""Signals (pygil's signal, after CPython's Lib/signal.py over the Java module _signal).

Handlers run in the main thread, at its next check point or when a blocking call it waits in
is interrupted; SIGINT raises KeyboardInterrupt by default.
"""
import _signal
from _signal import *
from enum import IntEnum as _IntEnum

Signals = _IntEnum('Signals', {name: value for name, value in sorted(vars(_signal).items(), key=lambda kv: str(kv[1]))
                               if name.startswith('SIG') and not name.startswith('SIG_') and isinstance(value, int)})
Handlers = _IntEnum('Handlers', {'SIG_DFL': _signal.SIG_DFL, 'SIG_IGN': _signal.SIG_IGN})
for _name, _member in list(Signals.__members__.items()) + list(Handlers.__members__.items()):
    globals()[_name] = _member
del _name, _member


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except (ValueError, TypeError):
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    """Sets the action for signal signalnum to handler; returns the previous one."""
    return _int_to_enum(_signal.signal(_enum_to_int(signalnum), _enum_to_int(handler)), Handlers)


def getsignal(signalnum):
    """The current action for signal signalnum."""
    return _int_to_enum(_signal.getsignal(_enum_to_int(signalnum)), Handlers)


def raise_signal(signalnum):
    """Sends signalnum to this process."""
    _signal.raise_signal(_enum_to_int(signalnum))


def strsignal(signalnum):
    names = {1: "Hangup", 2: "Interrupt", 3: "Quit", 6: "Aborted", 9: "Killed", 10: "User defined signal 1",
             12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock", 15: "Terminated", 17: "Child exited"}
    return names.get(int(signalnum))


def valid_signals():
    return set(range(1, NSIG))
