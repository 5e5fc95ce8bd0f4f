"""Subprocesses with accessible I/O streams (pygil's subprocess, after CPython's Lib/subprocess.py).

Children are started, waited for and piped by the Java module _subprocess; every wait and
every pipe read or write releases the GIL, so threads that wait for children overlap. A PIPE
stream is a pipe descriptor (os.read/os.write/os.close accept it) wrapped in a small file
object. See README.md ("Processes") for what differs from CPython.
"""
import os
import time as _time
import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class _OutputError(SubprocessError):
    """What CalledProcessError and TimeoutExpired share: stdout is another name for output."""

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CalledProcessError(_OutputError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                import signal
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(_OutputError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr (None where not captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _translate_newlines(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


class _PipeFile:
    """A pipe descriptor as a file object: binary, or text when encoding is given."""

    def __init__(self, fd, mode, encoding=None, errors=None):
        self._fd = fd
        self.mode = mode
        self.encoding = encoding
        self.errors = errors or "strict"
        self._buf = b""
        self._eof = False
        self.closed = False

    def fileno(self):
        self._check_open()
        return self._fd

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _text(self, data):
        if self.encoding is None:
            return data
        return _translate_newlines(data, self.encoding, self.errors)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            data = self._buf + _subprocess.readall(self._fd)
            self._buf = b""
            self._eof = True
            return self._text(data)
        while len(self._buf) < size and self._fill():
            pass
        data, self._buf = self._buf[:size], self._buf[size:]
        return self._text(data)

    def _fill(self):
        if self._eof:
            return False
        chunk = os.read(self._fd, 65536)
        if not chunk:
            self._eof = True
            return False
        self._buf += chunk
        return True

    def readline(self, size=-1):
        self._check_open()
        while True:
            i = self._buf.find(b"\n")
            if i >= 0 or not self._fill():
                break
        end = len(self._buf) if i < 0 else i + 1
        if size is not None and 0 <= size < end:
            end = size
        line, self._buf = self._buf[:end], self._buf[end:]
        return self._text(line)

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check_open()
        if self.encoding is not None:
            if not isinstance(data, str):
                raise TypeError("write() argument must be str, not %s" % type(data).__name__)
            n = len(data)
            os.write(self._fd, data.encode(self.encoding, self.errors))
            return n
        return os.write(self._fd, bytes(data))

    def flush(self):
        self._check_open()

    def close(self):
        if not self.closed:
            self.closed = True
            os.close(self._fd)

    def _detach(self):
        """The descriptor now belongs to a communicate(): closed here, not in the table."""
        self.closed = True

    def readable(self):
        return "r" in self.mode

    def writable(self):
        return "w" in self.mode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        kind = "_io.BufferedReader" if self.mode == "rb" else "_io.BufferedWriter" if self.mode == "wb" else "_io.TextIOWrapper"
        return "<%s name=%d>" % (kind, self._fd)


def _stream_spec(value, name):
    """What _subprocess.spawn takes for a stream: None, PIPE/STDOUT/DEVNULL, an fd, or a file path."""
    if value is None or isinstance(value, int):
        if isinstance(value, int) and value < 0 and value not in (PIPE, DEVNULL) and not (value == STDOUT and name == "stderr"):
            raise ValueError("bad value for %s: %r" % (name, value))
        return value
    fileno = getattr(value, "fileno", None)
    if fileno is None:
        raise AttributeError("'%s' object has no attribute 'fileno'" % type(value).__name__)
    fd = fileno()
    if fd in (0, 1, 2):
        return fd
    path = getattr(value, "name", None)
    if isinstance(path, str):
        if hasattr(value, "flush"):
            value.flush()
        return os.path.abspath(path)
    return fd


def _fsstr(arg):
    arg = os.fspath(arg)
    if isinstance(arg, bytes):
        return arg.decode("utf-8", "surrogateescape")
    return arg


class Popen:
    """Executes a child program in a new process (see the module docstring)."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._handle = None
        self._communication_started = False
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        if isinstance(args, (str, bytes)) or not hasattr(args, "__iter__"):
            argv = [_fsstr(args)]
        else:
            argv = [_fsstr(a) for a in args]
        if shell:
            argv = ["/bin/sh", "-c"] + argv
        if executable is not None:
            argv[0] = _fsstr(executable)
        if env is None:
            env = os.environ
        env = {_fsstr(k): _fsstr(v) for k, v in env.items()}
        if cwd is not None:
            cwd = _fsstr(cwd)
        specs = (_stream_spec(stdin, "stdin"), _stream_spec(stdout, "stdout"), _stream_spec(stderr, "stderr"))
        handle, self.pid, in_fd, out_fd, err_fd = _subprocess.spawn(argv, cwd, env, *specs)
        self._handle = handle
        enc = (encoding or "utf-8") if self.text_mode else None
        if in_fd is not None:
            self.stdin = _PipeFile(in_fd, "w" if enc else "wb", enc, errors)
        if out_fd is not None:
            self.stdout = _PipeFile(out_fd, "r" if enc else "rb", enc, errors)
        if err_fd is not None:
            self.stderr = _PipeFile(err_fd, "r" if enc else "rb", enc, errors)

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f is not None:
                f.close()
        self.wait()

    def __del__(self):
        if self._handle is not None:
            _subprocess.forget(self._handle)

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.poll(self._handle)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            rc = _subprocess.wait(self._handle, timeout)
            if rc is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = rc
        return self.returncode

    def communicate(self, input=None, timeout=None):
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (not self._communication_started and timeout is None and
                [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            # one stream at most: no thread needed, as CPython's fast path
            stdout = stderr = None
            if self.stdin is not None:
                self._stdin_write(input)
            elif self.stdout is not None:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr is not None:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        if input is not None and self.text_mode:
            input = input.encode(self.stdin.encoding if self.stdin else "utf-8", self.errors or "strict")
        fds = [f.fileno() if f is not None and not f.closed else None for f in (self.stdin, self.stdout, self.stderr)]
        self._communication_started = True
        for f in (self.stdin, self.stdout, self.stderr):
            if f is not None:
                f._detach()
        endtime = None if timeout is None else _time.monotonic() + timeout
        done, stdout, stderr = _subprocess.communicate(self._handle, input, fds[0], fds[1], fds[2], timeout)
        if not done:
            raise TimeoutExpired(self.args, timeout, output=stdout or None, stderr=stderr or None)
        if self.text_mode:
            enc = self.encoding or "utf-8"
            errors = self.errors or "strict"
            if stdout is not None:
                stdout = _translate_newlines(stdout, enc, errors)
            if stderr is not None:
                stderr = _translate_newlines(stderr, enc, errors)
        self.wait(None if endtime is None else max(0.0, endtime - _time.monotonic()))
        return stdout, stderr

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            _subprocess.send_signal(self._handle, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it and returns a CompletedProcess (see CPython's documentation)."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            # as CPython on POSIX: the exception already carries the output read so far
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs a command; CalledProcessError if its return code is not zero."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its output; CalledProcessError if it fails."""
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        kwargs['input'] = '' if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors') else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """The (exit code, output) of a shell command, its trailing newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command, its trailing newline removed."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """A command line from a sequence of arguments, with MS C runtime quoting (as CPython)."""
    result = []
    for arg in map(os.fsdecode if hasattr(os, "fsdecode") else str, seq):
        bs_buf = []
        if result:
            result.append(' ')
        needquote = (" " in arg) or ("\t" in arg) or not arg
        if needquote:
            result.append('"')
        for c in arg:
            if c == '\\':
                bs_buf.append(c)
            elif c == '"':
                result.append('\\' * len(bs_buf) * 2)
                bs_buf = []
                result.append('\\"')
            else:
                if bs_buf:
                    result.extend(bs_buf)
                    bs_buf = []
                result.append(c)
        if bs_buf:
            result.extend(bs_buf)
        if needquote:
            result.extend(bs_buf)
            result.append('"')
    return ''.join(result)
