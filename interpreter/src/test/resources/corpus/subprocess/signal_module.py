# signal: numbers, names, handlers on the main thread
import os
import signal
import time

print(signal.SIGINT, signal.SIGTERM, signal.SIGKILL, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2, signal.SIGCHLD)
print(repr(signal.SIGTERM), signal.Signals(9), signal.Signals(9).name, int(signal.SIGINT))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL, signal.SIG_DFL, signal.SIG_IGN)
got = []


def handler(signum, frame):
    got.append(signum)


old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
deadline = time.time() + 5
while not got and time.time() < deadline:
    time.sleep(0.01)
print(got)
# a handler that raises interrupts a blocking call of the main thread (SIGINT's
# default_int_handler does the same; SIGINT itself may be ignored where tests run)
signal.signal(signal.SIGUSR1, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    time.sleep(5)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
p = __import__("subprocess").Popen(["sleep", "5"])
try:
    os.kill(os.getpid(), signal.SIGUSR1)
    p.wait()
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in wait")
p.kill()
p.wait()
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
time.sleep(0.2)
print("ignored", signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
try:
    signal.signal(signal.SIGKILL, handler)
except OSError as e:
    print(type(e).__name__, e)
try:
    signal.signal(1000, handler)
except ValueError as e:
    print(type(e).__name__, e)
