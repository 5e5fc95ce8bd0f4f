#!/usr/bin/env python3
"""Regenerates the expected syntax errors with CPython 3.11.

For every NAME.py beside this script (each holds one error) it runs `python3 NAME.py` and
writes NAME.err:
  line 1: KIND|MSG|LINENO|OFFSET|END_LINENO|END_OFFSET of the SyntaxError raised
  rest:   what CPython prints on stderr for it (the uncaught-error report)
The attributes are taken from that same run (through sys.excepthook) because a file is tokenized
slightly differently from a string passed to compile(), for example at end of input.
Run: python3 regen.py
"""
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent

HOOK = """
import sys
def _hook(t, v, tb):
    if isinstance(v, SyntaxError):
        fields = (type(v).__name__, v.msg, v.lineno, v.offset, v.end_lineno, v.end_offset)
        sys.stdout.write('|'.join(str(x) for x in fields) + '\\n')
    sys.__excepthook__(t, v, tb)
sys.excepthook = _hook
"""


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit('needs CPython 3.11, this is ' + sys.version)
    hook_dir = tempfile.mkdtemp()
    pathlib.Path(hook_dir, 'sitecustomize.py').write_text(HOOK)
    env = dict(os.environ, PYTHONPATH=hook_dir, PYTHONIOENCODING='utf-8')
    for py in sorted(HERE.glob('*.py')):
        if py.name == 'regen.py':
            continue
        run = subprocess.run([sys.executable, '-W', 'ignore', py.name], cwd=HERE, env=env,
                             capture_output=True, text=True, encoding='utf-8')
        head = run.stdout.strip()
        if not head:
            sys.exit(py.name + ' raised no SyntaxError: not an error case')
        # CPython prints the script's absolute path; keep the bare name so the file is portable.
        report = run.stderr.replace('"' + str(py) + '"', '"' + py.name + '"')
        py.with_suffix('.err').write_text(head + '\n' + report, encoding='utf-8')


if __name__ == '__main__':
    main()
