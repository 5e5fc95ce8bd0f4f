"""A progress bar in tqdm's format (pygil's own implementation of the `tqdm` package API).

`tqdm(iterable)` / `tqdm(total=...)` draw `desc: 40%|####      | 4/10 [00:01<00:01,  3.98it/s]`
on sys.stderr (or `file=`), redrawing in place with '\\r' at most every `mininterval` seconds,
exactly as the real package formats it.
"""

import sys

try:
    from time import time as _time
except ImportError:                     # pygil without its time module: no clock
    def _time():
        return 0.0

__all__ = ['tqdm', 'trange', 'TqdmWarning', 'TqdmTypeError', 'TqdmKeyError']


class TqdmTypeError(TypeError):
    pass


class TqdmKeyError(KeyError):
    pass


class TqdmWarning(Warning):
    def __init__(self, msg, fp_write=None, *a, **k):
        if fp_write is not None:
            fp_write('\n' + self.__class__.__name__ + ': ' + str(msg).rstrip() + '\n')
        else:
            super().__init__(msg, *a, **k)


class TqdmDeprecationWarning(TqdmWarning):
    pass


# ----------------------------------------------------------------------------- helpers

_WIDE = ((0x1100, 0x115F), (0x2E80, 0x303E), (0x3041, 0x33FF), (0x3400, 0x4DBF),
         (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF),
         (0xFE30, 0xFE4F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x1F300, 0x1F64F),
         (0x1F900, 0x1F9FF), (0x20000, 0x3FFFD))


def _strip_ansi(s):
    if '\x1b' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        if s[i] == '\x1b' and i + 1 < n and s[i + 1] == '[':
            j = i + 2
            while j < n and (s[j].isdigit() or s[j] == ';'):
                j += 1
            if j < n and s[j].isalpha():
                i = j + 1
                continue
        out.append(s[i])
        i += 1
    return ''.join(out)


def _text_width(s):
    width = 0
    for ch in str(s):
        o = ord(ch)
        wide = False
        if o >= 0x1100:
            for lo, hi in _WIDE:
                if lo <= o <= hi:
                    wide = True
                    break
        width += 2 if wide else 1
    return width


def disp_len(data):
    """On-screen length of a string (ANSI codes removed, wide characters count 2)."""
    return _text_width(_strip_ansi(data))


def disp_trim(data, length):
    """Trim a string to an on-screen length."""
    if len(data) == disp_len(data):
        return data[:length]
    ansi_present = '\x1b[' in data
    while disp_len(data) > length:
        data = data[:-1]
    if ansi_present and '\x1b[' in data:
        return data if data.endswith('\033[0m') else data + '\033[0m'
    return data


def _is_utf(encoding):
    if not isinstance(encoding, str):
        return False
    try:
        '\u2588\u2589'.encode(encoding)
    except UnicodeEncodeError:
        return False
    except Exception:
        return encoding.lower().startswith('utf-') or encoding == 'U8'
    return True


def _supports_unicode(fp):
    return _is_utf(getattr(fp, 'encoding', None))


def _is_ascii(s):
    if isinstance(s, str):
        return all(ord(c) <= 255 for c in s)
    return _supports_unicode(s)


def _screen_shape(fp):
    """(columns - 1, lines - 1) of the terminal fp writes to, else (None, None)."""
    try:
        from os import get_terminal_size
        cols, lines = get_terminal_size(fp.fileno())
        return cols - 1, lines - 1
    except Exception:
        return None, None


def _term_move_up():
    return '\x1b[A'


class Bar:
    """`str.format`-able bar with format specifiers `[width][type]` (a/u/b charsets)."""

    ASCII = ' 123456789#'
    UTF = ' ' + ''.join(map(chr, range(0x258F, 0x2587, -1)))
    BLANK = '  '
    COLOUR_RESET = '\x1b[0m'
    COLOUR_RGB = '\x1b[38;2;%d;%d;%dm'
    COLOURS = {'BLACK': '\x1b[30m', 'RED': '\x1b[31m', 'GREEN': '\x1b[32m',
               'YELLOW': '\x1b[33m', 'BLUE': '\x1b[34m', 'MAGENTA': '\x1b[35m',
               'CYAN': '\x1b[36m', 'WHITE': '\x1b[37m'}

    def __init__(self, frac, default_len=10, charset=UTF, colour=None):
        self.frac = max(0, min(1, frac))
        self.default_len = default_len
        self.charset = charset
        self.colour = None
        if colour:
            if colour.upper() in self.COLOURS:
                self.colour = self.COLOURS[colour.upper()]
            elif colour[0] == '#' and len(colour) == 7:
                self.colour = self.COLOUR_RGB % tuple(
                    int(i, 16) for i in (colour[1:3], colour[3:5], colour[5:7]))

    def __format__(self, format_spec):
        charset = self.charset
        n_bars = self.default_len
        if format_spec:
            kind = format_spec[-1].lower()
            if kind in 'aub':
                charset = {'a': self.ASCII, 'u': self.UTF, 'b': self.BLANK}[kind]
                format_spec = format_spec[:-1]
            if format_spec:
                n_bars = int(format_spec)
                if n_bars < 0:
                    n_bars += self.default_len
        nsyms = len(charset) - 1
        bar_length, frac_bar_length = divmod(int(self.frac * n_bars * nsyms), nsyms)
        res = charset[-1] * bar_length
        if bar_length < n_bars:
            res = res + charset[frac_bar_length] + charset[0] * (n_bars - bar_length - 1)
        return self.colour + res + self.COLOUR_RESET if self.colour else res


class _FormatReplace:
    """Stands in for {bar} to measure the rest of the line."""

    def __init__(self):
        self.format_called = 0

    def __format__(self, _):
        self.format_called += 1
        return ''


class EMA:
    """Exponential moving average (smoothing in [0, 1])."""

    def __init__(self, smoothing=0.3):
        self.alpha = smoothing
        self.last = 0
        self.calls = 0

    def __call__(self, x=None):
        beta = 1 - self.alpha
        if x is not None:
            self.last = self.alpha * x + beta * self.last
            self.calls += 1
        return self.last / (1 - beta ** self.calls) if self.calls else self.last


# -------------------------------------------------------------------------------- tqdm

class tqdm:
    """Decorate an iterable, or count updates by hand, printing a progress meter.

    tqdm(iterable=None, desc=None, total=None, leave=True, file=None, ncols=None,
         mininterval=0.1, maxinterval=10.0, miniters=None, ascii=None, disable=False,
         unit='it', unit_scale=False, dynamic_ncols=False, smoothing=0.3, bar_format=None,
         initial=0, position=None, postfix=None, unit_divisor=1000, ...)
    """

    monitor_interval = 0
    monitor = None
    _instances = []

    @staticmethod
    def format_sizeof(num, suffix='', divisor=1000):
        """Format a number with SI prefixes: 1234 -> '1.23k'."""
        for unit in ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z']:
            if abs(num) < 999.5:
                if abs(num) < 99.95:
                    if abs(num) < 9.995:
                        return '{0:1.2f}'.format(num) + unit + suffix
                    return '{0:2.1f}'.format(num) + unit + suffix
                return '{0:3.0f}'.format(num) + unit + suffix
            num /= divisor
        return '{0:3.1f}Y'.format(num) + suffix

    @staticmethod
    def format_interval(t):
        """Format seconds as [H:]MM:SS."""
        sign = '-' if t < 0 else ''
        mins, s = divmod(abs(int(t)), 60)
        h, m = divmod(mins, 60)
        if h:
            return '%s%d:%02d:%02d' % (sign, h, m, s)
        return '%s%02d:%02d' % (sign, m, s)

    @staticmethod
    def format_num(n):
        """Intelligent scientific notation (.3g)."""
        f = '{0:.3g}'.format(n).replace('e+0', 'e+').replace('e-0', 'e-')
        n = str(n)
        return f if len(f) < len(n) else n

    @staticmethod
    def status_printer(file):
        """A function printing a status line in place over the previous one."""
        fp = file
        fp_flush = getattr(fp, 'flush', lambda: None)
        if fp in (sys.stderr, sys.stdout):
            getattr(sys.stderr, 'flush', lambda: None)()
            getattr(sys.stdout, 'flush', lambda: None)()

        def fp_write(s):
            fp.write(str(s))
            fp_flush()

        last_len = [0]

        def print_status(s):
            len_s = disp_len(s)
            fp_write('\r' + s + (' ' * max(last_len[0] - len_s, 0)))
            last_len[0] = len_s
        return print_status

    @staticmethod
    def format_meter(n, total, elapsed, ncols=None, prefix='', ascii=False, unit='it',
                     unit_scale=False, rate=None, bar_format=None, postfix=None,
                     unit_divisor=1000, initial=0, colour=None, **extra_kwargs):
        """The progress line for these statistics."""
        if total and (n >= (total + 0.5) or total == float('inf')):
            total = None
        if unit_scale and unit_scale not in (True, 1):
            if total:
                total *= unit_scale
            n *= unit_scale
            if rate:
                rate *= unit_scale
            unit_scale = False
        elapsed_str = tqdm.format_interval(elapsed)
        if rate is None and elapsed:
            rate = (n - initial) / elapsed
        inv_rate = 1 / rate if rate else None
        format_sizeof = tqdm.format_sizeof
        rate_noinv_fmt = ((format_sizeof(rate) if unit_scale else '{0:5.2f}'.format(rate))
                          if rate else '?') + unit + '/s'
        rate_inv_fmt = ((format_sizeof(inv_rate) if unit_scale else '{0:5.2f}'.format(inv_rate))
                        if inv_rate else '?') + 's/' + unit
        rate_fmt = rate_inv_fmt if inv_rate and inv_rate > 1 else rate_noinv_fmt
        if unit_scale:
            n_fmt = format_sizeof(n, divisor=unit_divisor)
            total_fmt = format_sizeof(total, divisor=unit_divisor) if total is not None else '?'
        else:
            n_fmt = str(n)
            total_fmt = str(total) if total is not None else '?'
        try:
            postfix = ', ' + postfix if postfix else ''
        except TypeError:
            pass
        remaining = (total - n) / rate if rate and total else 0
        remaining_str = tqdm.format_interval(remaining) if rate else '?'
        if prefix:
            l_bar = prefix if prefix[-2:] == ': ' else prefix + ': '
        else:
            l_bar = ''
        r_bar = '| %s/%s [%s<%s, %s%s]' % (n_fmt, total_fmt, elapsed_str, remaining_str,
                                           rate_fmt, postfix)
        format_dict = {
            'n': n, 'n_fmt': n_fmt, 'total': total, 'total_fmt': total_fmt,
            'elapsed': elapsed_str, 'elapsed_s': elapsed, 'ncols': ncols,
            'desc': prefix or '', 'unit': unit,
            'rate': inv_rate if inv_rate and inv_rate > 1 else rate, 'rate_fmt': rate_fmt,
            'rate_noinv': rate, 'rate_noinv_fmt': rate_noinv_fmt, 'rate_inv': inv_rate,
            'rate_inv_fmt': rate_inv_fmt, 'postfix': postfix, 'unit_divisor': unit_divisor,
            'colour': colour, 'remaining': remaining_str, 'remaining_s': remaining,
            'l_bar': l_bar, 'r_bar': r_bar}
        format_dict.update(extra_kwargs)
        if total:
            frac = n / total
            percentage = frac * 100
            l_bar += '{0:3.0f}%|'.format(percentage)
            if ncols == 0:
                return l_bar[:-1] + r_bar[1:]
            format_dict['l_bar'] = l_bar
            if bar_format:
                format_dict['percentage'] = percentage
                if not prefix:
                    bar_format = bar_format.replace('{desc}: ', '')
            else:
                bar_format = '{l_bar}{bar}{r_bar}'
            full_bar = _FormatReplace()
            nobar = bar_format.format(bar=full_bar, **format_dict)
            if not full_bar.format_called:
                return disp_trim(nobar, ncols) if ncols else nobar
            full_bar = Bar(frac, max(1, ncols - disp_len(nobar)) if ncols else 10,
                           charset=Bar.ASCII if ascii is True else ascii or Bar.UTF,
                           colour=colour)
            res = bar_format.format(bar=full_bar, **format_dict)
            return disp_trim(res, ncols) if ncols else res
        elif bar_format:
            l_bar += '|'
            format_dict.update(l_bar=l_bar, percentage=0)
            full_bar = _FormatReplace()
            nobar = bar_format.format(bar=full_bar, **format_dict)
            if not full_bar.format_called:
                return disp_trim(nobar, ncols) if ncols else nobar
            full_bar = Bar(0, max(1, ncols - disp_len(nobar)) if ncols else 10,
                           charset=Bar.BLANK, colour=colour)
            res = bar_format.format(bar=full_bar, **format_dict)
            return disp_trim(res, ncols) if ncols else res
        res = '%s%s%s [%s, %s%s]' % ((prefix + ': ') if prefix else '', n_fmt, unit,
                                      elapsed_str, rate_fmt, postfix)
        return disp_trim(res, ncols) if ncols else res

    @classmethod
    def _prune(cls):
        """Drop bars nothing but this registry refers to (real tqdm keeps a WeakSet; pygil
        has no weak references yet, so reference counts stand in for it)."""
        instances = cls._instances
        for i in range(len(instances) - 1, -1, -1):
            if sys.getrefcount(instances[i]) <= 2:
                instances.pop(i)

    @classmethod
    def _get_free_pos(cls, instance=None):
        cls._prune()
        positions = {abs(inst.pos) for inst in cls._instances
                     if inst is not instance and hasattr(inst, 'pos')}
        return min(set(range(len(positions) + 1)).difference(positions))

    @classmethod
    def _decr_instances(cls, instance):
        try:
            cls._instances.remove(instance)
        except ValueError:
            pass
        last = (instance.nrows or 20) - 1
        instances = [i for i in cls._instances if hasattr(i, 'pos') and last <= i.pos]
        if instances:
            inst = min(instances, key=lambda i: i.pos)
            inst.clear(nolock=True)
            inst.pos = abs(instance.pos)

    @classmethod
    def write(cls, s, file=None, end='\n', nolock=False):
        """Print a message without overlapping the bars."""
        fp = file if file is not None else sys.stdout
        cls._prune()
        cleared = []
        for inst in list(cls._instances):
            if hasattr(inst, 'start_t') and (inst.fp is fp or all(
                    f in (sys.stdout, sys.stderr) for f in (fp, inst.fp))):
                inst.clear(nolock=True)
                cleared.append(inst)
        fp.write(s)
        fp.write(end)
        for inst in cleared:
            inst.refresh(nolock=True)

    @classmethod
    def get_lock(cls):
        return _NoLock()

    @classmethod
    def set_lock(cls, lock):
        pass

    def __init__(self, iterable=None, desc=None, total=None, leave=True, file=None, ncols=None,
                 mininterval=0.1, maxinterval=10.0, miniters=None, ascii=None, disable=False,
                 unit='it', unit_scale=False, dynamic_ncols=False, smoothing=0.3,
                 bar_format=None, initial=0, position=None, postfix=None, unit_divisor=1000,
                 write_bytes=False, lock_args=None, nrows=None, colour=None, delay=0.0,
                 gui=False, **kwargs):
        if file is None:
            file = sys.stderr
        if disable is None and hasattr(file, 'isatty') and not file.isatty():
            disable = True
        if total is None and iterable is not None:
            try:
                total = len(iterable)
            except (TypeError, AttributeError):
                total = None
        if total == float('inf'):
            total = None
        self.gui = gui
        if disable:
            self.iterable = iterable
            self.disable = disable
            self.pos = self._get_free_pos(self)
            self.n = initial
            self.total = total
            self.leave = leave
            return
        if kwargs:
            self.disable = True
            raise TqdmKeyError('Unknown argument(s): ' + str(kwargs))
        if (ncols is None or nrows is None) and (file in (sys.stderr, sys.stdout)) or \
                dynamic_ncols:
            _ncols, _nrows = _screen_shape(file)
            if dynamic_ncols:
                dynamic_ncols = _screen_shape
            if ncols is None:
                ncols = _ncols
            if nrows is None:
                nrows = _nrows
        if miniters is None:
            miniters = 0
            dynamic_miniters = True
        else:
            dynamic_miniters = False
        if mininterval is None:
            mininterval = 0
        if maxinterval is None:
            maxinterval = 0
        if ascii is None:
            ascii = not _supports_unicode(file)
        if smoothing is None:
            smoothing = 0

        self.iterable = iterable
        self.desc = desc or ''
        self.total = total
        self.leave = leave
        self.fp = file
        self.ncols = ncols
        self.nrows = nrows
        self.mininterval = mininterval
        self.maxinterval = maxinterval
        self.miniters = miniters
        self.dynamic_miniters = dynamic_miniters
        self.ascii = ascii
        self.disable = disable
        self.unit = unit
        self.unit_scale = unit_scale
        self.unit_divisor = unit_divisor
        self.initial = initial
        self.lock_args = lock_args
        self.delay = delay
        self.dynamic_ncols = dynamic_ncols
        self.smoothing = smoothing
        self._ema_dn = EMA(smoothing)
        self._ema_dt = EMA(smoothing)
        self._ema_miniters = EMA(smoothing)
        self.bar_format = bar_format
        self.postfix = None
        self.colour = colour
        self._time = _time
        if postfix:
            try:
                self.set_postfix(refresh=False, **postfix)
            except TypeError:
                self.postfix = postfix
        self.last_print_n = initial
        self.n = initial
        self.pos = self._get_free_pos(self) if position is None else -position
        tqdm._instances.append(self)
        if not gui:
            self.sp = self.status_printer(self.fp)
            if delay <= 0:
                self.refresh(lock_args=self.lock_args)
        self.last_print_t = self._time()
        self.start_t = self.last_print_t

    def __bool__(self):
        if self.total is not None:
            return self.total > 0
        if self.iterable is None:
            raise TypeError('bool() undefined when iterable == total == None')
        return bool(self.iterable)

    def __len__(self):
        if self.iterable is None:
            return self.total
        if hasattr(self.iterable, 'shape'):
            return self.iterable.shape[0]
        if hasattr(self.iterable, '__len__'):
            return len(self.iterable)
        if hasattr(self.iterable, '__length_hint__'):
            return self.iterable.__length_hint__()
        return getattr(self, 'total', None)

    def __reversed__(self):
        try:
            orig = self.iterable
        except AttributeError:
            raise TypeError("'tqdm' object is not reversible")
        else:
            self.iterable = reversed(self.iterable)
            return self.__iter__()
        finally:
            self.iterable = orig

    def __contains__(self, item):
        contains = getattr(self.iterable, '__contains__', None)
        return contains(item) if contains is not None else item in self.__iter__()

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        try:
            self.close()
        except AttributeError:
            if (exc_type, exc_value, traceback) == (None, None, None):
                raise

    def __del__(self):
        self.close()

    def __str__(self):
        return self.format_meter(**self.format_dict)

    def __hash__(self):
        return id(self)

    def __iter__(self):
        """Yields the items of the iterable, updating the bar."""
        iterable = self.iterable
        if self.disable:
            for obj in iterable:
                yield obj
            return
        mininterval = self.mininterval
        last_print_t = self.last_print_t
        last_print_n = self.last_print_n
        min_start_t = self.start_t + self.delay
        n = self.n
        time = self._time
        try:
            for obj in iterable:
                yield obj
                n += 1
                if n - last_print_n >= self.miniters:
                    cur_t = time()
                    dt = cur_t - last_print_t
                    if dt >= mininterval and cur_t >= min_start_t:
                        self.update(n - last_print_n)
                        last_print_n = self.last_print_n
                        last_print_t = self.last_print_t
        finally:
            self.n = n
            self.close()

    def update(self, n=1):
        """Add n to the counter; redraw if mininterval has passed."""
        if self.disable:
            return
        if n < 0:
            self.last_print_n += n
        self.n += n
        if self.n - self.last_print_n >= self.miniters:
            cur_t = self._time()
            dt = cur_t - self.last_print_t
            if dt >= self.mininterval and cur_t >= self.start_t + self.delay:
                cur_t = self._time()
                dn = self.n - self.last_print_n
                if self.smoothing and dt and dn:
                    self._ema_dn(dn)
                    self._ema_dt(dt)
                self.refresh(lock_args=self.lock_args)
                if self.dynamic_miniters:
                    if self.maxinterval and dt >= self.maxinterval:
                        self.miniters = dn * (self.mininterval or self.maxinterval) / dt
                    elif self.smoothing:
                        self.miniters = self._ema_miniters(
                            dn * (self.mininterval / dt if self.mininterval and dt else 1))
                    else:
                        self.miniters = max(self.miniters, dn)
                self.last_print_n = self.n
                self.last_print_t = cur_t
                return True

    def close(self):
        """Clean up and (if leave=False) erase the bar."""
        if getattr(self, 'disable', True):
            return
        self.disable = True
        pos = abs(self.pos)
        self._decr_instances(self)
        if not hasattr(self, 'last_print_t'):
            return
        if self.last_print_t < self.start_t + self.delay:
            return
        if getattr(self, 'sp', None) is None:
            return

        def fp_write(s):
            self.fp.write(str(s))

        try:
            fp_write('')
        except ValueError as e:
            if 'closed' in str(e):
                return
            raise
        leave = pos == 0 if self.leave is None else self.leave
        if leave:
            self._ema_dt = lambda: None
            self.display(pos=0)
            fp_write('\n')
        else:
            if self.display(msg='', pos=pos) and not pos:
                fp_write('\r')

    def clear(self, nolock=False):
        """Erase the bar's line."""
        if self.disable:
            return
        pos = abs(self.pos)
        if pos < (self.nrows or 20):
            self.moveto(pos)
            self.sp('')
            self.fp.write('\r')
            self.moveto(-pos)

    def refresh(self, nolock=False, lock_args=None):
        """Force a redraw."""
        if self.disable:
            return
        self.display()
        return True

    def unpause(self):
        if self.disable:
            return
        cur_t = self._time()
        self.start_t += cur_t - self.last_print_t
        self.last_print_t = cur_t

    def reset(self, total=None):
        """Restart from 0 (with a new total if given)."""
        self.n = 0
        if total is not None:
            self.total = total
        if self.disable:
            return
        self.last_print_n = 0
        self.last_print_t = self.start_t = self._time()
        self._ema_dn = EMA(self.smoothing)
        self._ema_dt = EMA(self.smoothing)
        self._ema_miniters = EMA(self.smoothing)
        self.refresh()

    def set_description(self, desc=None, refresh=True):
        self.desc = desc + ': ' if desc else ''
        if refresh:
            self.refresh()

    def set_description_str(self, desc=None, refresh=True):
        self.desc = desc or ''
        if refresh:
            self.refresh()

    def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        """Show key=value statistics after the rate."""
        postfix = dict([] if ordered_dict is None else ordered_dict)
        for key in sorted(kwargs.keys()):
            postfix[key] = kwargs[key]
        for key in postfix.keys():
            if isinstance(postfix[key], (int, float, complex)):
                postfix[key] = self.format_num(postfix[key])
            elif not isinstance(postfix[key], str):
                postfix[key] = str(postfix[key])
        self.postfix = ', '.join(key + '=' + postfix[key].strip() for key in postfix.keys())
        if refresh:
            self.refresh()

    def set_postfix_str(self, s='', refresh=True):
        self.postfix = str(s)
        if refresh:
            self.refresh()

    def moveto(self, n):
        self.fp.write('\n' * n + _term_move_up() * -n)
        getattr(self.fp, 'flush', lambda: None)()

    @property
    def format_dict(self):
        """The statistics format_meter() draws."""
        if self.disable and not hasattr(self, 'unit'):
            return {'n': self.n, 'total': self.total, 'elapsed': 0, 'unit': 'it'}
        if self.dynamic_ncols:
            self.ncols, self.nrows = self.dynamic_ncols(self.fp)
        return {
            'n': self.n, 'total': self.total,
            'elapsed': self._time() - self.start_t if hasattr(self, 'start_t') else 0,
            'ncols': self.ncols, 'nrows': self.nrows, 'prefix': self.desc,
            'ascii': self.ascii, 'unit': self.unit, 'unit_scale': self.unit_scale,
            'rate': self._ema_dn() / self._ema_dt() if self._ema_dt() else None,
            'bar_format': self.bar_format, 'postfix': self.postfix,
            'unit_divisor': self.unit_divisor, 'initial': self.initial,
            'colour': self.colour}

    def display(self, msg=None, pos=None):
        """Print `msg` (default: the bar) at the bar's line."""
        if pos is None:
            pos = abs(self.pos)
        nrows = self.nrows or 20
        if pos >= nrows - 1:
            if pos >= nrows:
                return False
            if msg or msg is None:
                msg = ' ... (more hidden) ...'
        if pos:
            self.moveto(pos)
        self.sp(self.__str__() if msg is None else msg)
        if pos:
            self.moveto(-pos)
        return True


class _NoLock:
    def acquire(self, *a, **k):
        return True

    def release(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


def trange(*args, **kwargs):
    """tqdm(range(*args), **kwargs)"""
    return tqdm(range(*args), **kwargs)
