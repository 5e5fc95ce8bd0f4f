package pygil.stdlib.process;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import pygil.runtime.error.ExceptionTypes;
import pygil.runtime.error.PyErrors;

/**
 * Linux's signal numbers and names (x86-64 and arm64 share them), and sending a signal to a
 * process the JVM did not start: the JVM itself can only send SIGTERM ({@code destroy}) and
 * SIGKILL ({@code destroyForcibly}) to its own children, so any other signal goes through
 * {@code /bin/kill}.
 */
public final class SignalNumbers {
    public static final int SIGINT = 2;
    public static final int SIGKILL = 9;
    public static final int SIGTERM = 15;

    /** Names by number (index), as {@code signal.Signals} names them; null where none. */
    public static final String[] NAMES = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE", "SIGKILL", "SIGUSR1",
                    "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU",
                    "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};

    /** The highest number plus one ({@code signal.NSIG}). */
    public static final int NSIG = 65;

    private SignalNumbers() {}

    /** ValueError "signal number out of range" unless {@code 1 <= sig < NSIG}. */
    public static int check(long sig) {
        if (sig < 1 || sig >= NSIG) {
            throw PyErrors.valueError("signal number out of range");
        }
        return (int) sig;
    }

    /**
     * {@code kill -SIG pid}, waiting for the command. Answers false if the process does not
     * exist (any failure of the command is taken for that).
     */
    public static boolean sendWithKillCommand(long pid, int sig) {
        try {
            Process p = new ProcessBuilder("kill", "-" + sig, Long.toString(pid)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, 2L, "No such file or directory", "kill");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
