#!/usr/bin/env python3
"""Regenerates the expected outputs of the parser corpus with CPython 3.11.

For every NAME.py beside this script it writes:
  NAME.ast  ast.dump(ast.parse(source))
  NAME.pos  ast.dump(..., include_attributes=True), columns counted in code points
            (CPython counts UTF-8 bytes; pygil's Pos counts code points).
Run: python3 regen.py
"""
import ast
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def to_code_points(tree, source):
    lines = source.splitlines(keepends=True)
    encoded = [line.encode('utf-8') for line in lines]

    def convert(lineno, col):
        if lineno is None or col is None or lineno - 1 >= len(encoded):
            return col
        return len(encoded[lineno - 1][:col].decode('utf-8', errors='replace'))

    for node in ast.walk(tree):
        if hasattr(node, 'col_offset'):
            node.col_offset = convert(node.lineno, node.col_offset)
        if getattr(node, 'end_col_offset', None) is not None:
            node.end_col_offset = convert(node.end_lineno, node.end_col_offset)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('needs CPython 3.11, this is ' + sys.version)
    for py in sorted(HERE.glob('*.py')):
        if py.name == 'regen.py':
            continue
        source = py.read_bytes().decode('utf-8')
        tree = ast.parse(source, py.name)
        py.with_suffix('.ast').write_text(ast.dump(tree) + '\n', encoding='utf-8')
        to_code_points(tree, source)
        py.with_suffix('.pos').write_text(ast.dump(tree, include_attributes=True) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
