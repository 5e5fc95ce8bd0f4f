/**
 * Running a program as {@code __main__} (Equivalent of CPython's {@code pymain_run_python}) and
 * reporting how it ended: tracebacks and syntax errors in CPython's format, SystemExit codes.
 */
package pygil.interpreter.main;
