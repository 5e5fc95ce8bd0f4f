#!/usr/bin/env python3
"""Regenerates the expected scope analysis with CPython 3.11's symtable module.

For every NAME.py beside this script it writes NAME.scope: the symbol tables depth first, each
as a line `TYPE NAME`, a `params:` line for functions (CPython's order: positional, keyword-only,
*args, **kwargs) and one line per symbol `NAME SCOPE`, sorted by name.
Run: python3 regen.py
"""
import pathlib
import symtable
import sys

HERE = pathlib.Path(__file__).resolve().parent
SCOPES = {1: 'LOCAL', 2: 'GLOBAL_EXPLICIT', 3: 'GLOBAL_IMPLICIT', 4: 'FREE', 5: 'CELL'}


def dump(table, depth, out):
    ind = '  ' * depth
    out.append(f'{ind}{table.get_type()} {table.get_name()}')
    if table.get_type() == 'function':
        out.append(f'{ind}  params: {", ".join(table.get_parameters())}')
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        out.append(f'{ind}  {sym.get_name()} {SCOPES[sym._Symbol__scope]}')
    for child in table.get_children():
        dump(child, depth + 1, out)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('needs CPython 3.11, this is ' + sys.version)
    for py in sorted(HERE.glob('*.py')):
        if py.name == 'regen.py':
            continue
        out = []
        dump(symtable.symtable(py.read_text(encoding='utf-8'), py.name, 'exec'), 0, out)
        py.with_suffix('.scope').write_text('\n'.join(out) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
