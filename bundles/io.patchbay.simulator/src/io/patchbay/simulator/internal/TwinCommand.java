package io.patchbay.simulator.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Consumer;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One SSH channel of the twin: an exec request (one command line, then exit) or an interactive shell (banner,
 * prompt, line editing with echo as a terminal does it). Runs on its own daemon thread, which ends with the channel.
 */
public final class TwinCommand implements Command, Runnable {

    public static final String PROMPT = "root@DD-WRT:~# ";

    private final String execLine;
    private final BusyBoxShell shell;
    private final TwinFaults faults;
    private final String banner;
    private final String prompt;
    private final String threadName;
    private final Consumer<ChannelSession> reboot;
    /** Bytes this channel has sent, for {@link TwinFaults#dropAfterBytes}. */
    private long sent;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private ChannelSession channel;
    private Thread thread;
    private boolean terminal;

    /**
     * @param execLine the command of an exec request, {@code null} for a shell
     * @param reboot   what {@code reboot} does: close every session and restart the router
     */
    public TwinCommand(String execLine, BusyBoxShell shell, TwinFaults faults, String banner,
            Consumer<ChannelSession> reboot) {
        this(execLine, shell, faults, banner, PROMPT, "buffalo-twin", reboot);
    }

    /**
     * @param prompt     the shell prompt, e.g. {@code root@rsip-gw:~# }
     * @param threadName the device kind in the channel thread's name, e.g. {@code rsip-twin}
     */
    public TwinCommand(String execLine, BusyBoxShell shell, TwinFaults faults, String banner, String prompt,
            String threadName, Consumer<ChannelSession> reboot) {
        this.execLine = execLine;
        this.shell = shell;
        this.faults = faults;
        this.banner = banner;
        this.prompt = prompt;
        this.threadName = threadName;
        this.reboot = reboot;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        this.channel = channel;
        // a terminal was asked for: answer as a pty would (echo, CR LF, stderr into stdout)
        terminal = !env.getPtyModes().isEmpty();
        thread = new Thread(this, threadName + " " + (execLine == null ? "shell" : "exec"));
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public void run() {
        int status = 0;
        try {
            if (execLine != null) {
                BusyBoxShell.Outcome outcome = execute(execLine);
                if (outcome == null) {
                    return;
                }
                status = outcome.exitCode();
                if (outcome.reboot()) {
                    reboot.accept(channel);
                    return;
                }
            } else {
                status = interact();
            }
            out.flush();
            err.flush();
            exit.onExit(status);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | UncheckedIOException e) {
            // the client went away: nothing to answer
        }
    }

    private int interact() throws IOException, InterruptedException {
        write(out, banner);
        write(out, prompt);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int previous = -1;
        for (int b; (b = in.read()) >= 0; previous = b) {
            if (b == '\n' && previous == '\r') {
                continue;
            }
            if (b == '\r' || b == '\n') {
                write(out, "\n");
                BusyBoxShell.Outcome outcome = execute(line.toString(StandardCharsets.UTF_8));
                line.reset();
                if (outcome == null) {
                    return 0;
                }
                if (outcome.reboot()) {
                    reboot.accept(channel);
                    return 0;
                }
                if (outcome.exitShell()) {
                    return outcome.exitCode();
                }
                write(out, prompt);
            } else if (b == 3) {
                line.reset();
                write(out, "^C\n" + prompt);
            } else if (b == 4 && line.size() == 0) {
                write(out, "\n");
                return 0;
            } else if (b == 0x7f || b == 8) {
                byte[] typed = line.toByteArray();
                if (typed.length > 0) {
                    line.reset();
                    line.write(typed, 0, typed.length - 1);
                    write(out, "\b \b");
                }
            } else {
                line.write(b);
                send(out, new byte[] {(byte) b});
            }
        }
        return 0;
    }

    /** Runs one line with the faults in force; {@code null} when the connection was dropped on purpose. */
    private BusyBoxShell.Outcome execute(String line) throws IOException, InterruptedException {
        Duration slow = faults.slowAnswers;
        if (!slow.isZero()) {
            Thread.sleep(slow.toMillis());
        }
        if (faults.dropMidCommand) {
            write(out, "nvram: writing");
            channel.getSession().close(true);
            return null;
        }
        boolean dropAfter = faults.takeDropAfter(line);
        BusyBoxShell.Outcome outcome = shell.run(line, new BusyBoxShell.Console() {
            @Override
            public void out(String text) throws IOException {
                if (!dropAfter) {
                    write(out, text);
                }
            }

            @Override
            public void err(String text) throws IOException {
                if (!dropAfter) {
                    write(terminal ? out : err, text);
                }
            }
        });
        if (dropAfter) { // the command took effect; its answer never arrives
            channel.getSession().close(true);
            return null;
        }
        out.flush();
        return outcome;
    }

    private void write(OutputStream stream, String text) throws IOException {
        String wire = terminal ? text.replace("\n", "\r\n") : text;
        send(stream, wire.getBytes(StandardCharsets.UTF_8));
    }

    /** Sends bytes as they are, unless {@link TwinFaults#dropAfterBytes} says the connection breaks first. */
    private void send(OutputStream stream, byte[] bytes) throws IOException {
        long limit = faults.dropAfterBytes;
        if (limit >= 0 && sent + bytes.length > limit) {
            int keep = (int) Math.max(0, limit - sent);
            stream.write(bytes, 0, keep);
            stream.flush();
            sent += keep;
            channel.getSession().close(true);
            throw new IOException("the twin dropped the connection after " + limit + " bytes, as asked");
        }
        sent += bytes.length;
        stream.write(bytes);
        stream.flush();
    }
}
