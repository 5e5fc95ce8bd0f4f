# tqdm (regenerating needs `pip install tqdm` for CPython): bars drawn into io.StringIO, with the
# timing fields masked; only structure, counts and percentages are compared
import io, sys
from tqdm import tqdm, trange

def show(label, text):
    # timing fields vary between runs: keep the structure, mask [..] contents
    out = []
    for part in text.split('\r'):
        if '[' in part:
            head, _, tail = part.partition('[')
            inner, _, rest = tail.partition(']')
            part = head + '[T]' + rest.rstrip(' \n') + ('\n' if rest.endswith('\n') else '')
        out.append(part)
    print(label, repr('\r'.join(out)))

f = io.StringIO()
for i in tqdm(range(10), file=f, mininterval=1000): pass
show('iter', f.getvalue())
f = io.StringIO()
with tqdm(total=5, desc='work', file=f, mininterval=1000) as t:
    for i in range(5): t.update(1)
show('total', f.getvalue())
f = io.StringIO()
for i in tqdm(iter(range(3)), file=f, leave=False, mininterval=1000): pass
show('noleave', f.getvalue())
f = io.StringIO()
for i in tqdm(range(3), file=f, disable=True): pass
print('disabled', repr(f.getvalue()))
f = io.StringIO()
t = tqdm(total=100, file=f, ascii=False, unit='B', unit_scale=True, mininterval=1000); t.update(50); t.set_postfix(loss=0.5); t.close()
show('scaled', f.getvalue())
f = io.StringIO()
t = tqdm(total=10, file=f, ncols=30, mininterval=1000, bar_format='{l_bar}{bar}| {n_fmt}/{total_fmt}'); t.update(3); t.refresh(); t.close()
show('ncols', f.getvalue())
print(str(tqdm(total=10, file=io.StringIO(), initial=4)).split('[')[0])
f = io.StringIO()
for i in trange(4, desc='tr', file=f, mininterval=1000): pass
show('trange', f.getvalue())
f = io.StringIO()
t = tqdm(total=3, file=f, mininterval=1000, ascii=True); t.set_description('stage'); t.update(2); t.close()
show('desc', f.getvalue())
print(tqdm.format_sizeof(1234567), tqdm.format_interval(3725), tqdm.format_interval(59), tqdm.format_num(0.000123), tqdm.format_sizeof(999.4), tqdm.format_sizeof(12.345))
print(tqdm.format_meter(5, 10, 2.5), '|', tqdm.format_meter(7, None, 2.0, prefix='x'), '|', tqdm.format_meter(3, 10, 30, ascii=True, unit='B'))
print(tqdm.format_meter(1, 4, 1, bar_format='{l_bar}{bar:5}|{n_fmt}', ascii=True), '|', tqdm.format_meter(100, 100, 10, ncols=40))
f = io.StringIO()
bar = tqdm(total=4, file=f, mininterval=1000)
tqdm.write('message', file=f)
bar.close()
show('write', f.getvalue())
print(len(tqdm(range(7), file=io.StringIO())), bool(tqdm(total=0, file=io.StringIO())))
