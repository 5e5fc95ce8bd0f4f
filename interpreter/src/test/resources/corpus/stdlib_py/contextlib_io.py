# contextlib (contextmanager, suppress, redirect_stdout, ExitStack, closing, nullcontext) and io.StringIO/BytesIO
import io, contextlib, sys
s = io.StringIO(); s.write('hello\n'); print('world', file=s); s.write('x')
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read(3)), s.tell(), list(s))
s.seek(2); s.write('LL'); print(repr(s.getvalue()))
s = io.StringIO('a\nb\nc'); print([l for l in s], s.read(), s.readlines())
s.seek(0); print(s.readlines()); s.truncate(2); print(repr(s.getvalue()))
s.close()
try: s.read()
except ValueError as e: print(e)
try: io.StringIO().write(5)
except TypeError as e: print(e)
with io.StringIO() as f: f.write('z')
print(f.closed)
b = io.BytesIO(b'ab\ncd'); print(b.readline(), b.read(), b.tell()); b.write(b'!'); print(b.getvalue())
@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)
with tag('a') as t: print('inside', t)
try:
    with tag('b'): raise KeyError('k')
except KeyError as e: print('propagated', e)
@contextlib.contextmanager
def swallow():
    try: yield
    except ZeroDivisionError: print('swallowed')
with swallow(): 1/0
print('after')
with contextlib.suppress(KeyError): {}['x']
print('suppressed ok')
buf = io.StringIO()
with contextlib.redirect_stdout(buf): print('to buffer')
print('buffer has', repr(buf.getvalue()))
class Res:
    def __init__(self, n): self.n = n
    def __enter__(self): print('enter', self.n); return self
    def __exit__(self, *a): print('exit', self.n)
    def close(self): print('close', self.n)
with contextlib.ExitStack() as st:
    for i in range(3): st.enter_context(Res(i))
    st.callback(print, 'callback')
with contextlib.closing(Res(9)): pass
with contextlib.nullcontext(5) as v: print(v)
@tag('deco')
def f(): print('in f')
f()
try:
    with contextlib.ExitStack() as st:
        st.callback(print, 'cleanup')
        raise ValueError('boom')
except ValueError as e: print('got', e)
