package io.patchbay.transport.ssh.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jcraft.jsch.ChannelExec;
import com.jcraft.jsch.ChannelShell;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

import io.patchbay.core.CommandResult;
import io.patchbay.core.ConnectionSpec;
import io.patchbay.core.DeviceAddress;
import io.patchbay.core.ShellSession;
import io.patchbay.core.TransportException;
import io.patchbay.core.TransportSession;
import io.patchbay.core.transportlog.TransportLogWriter;

/** An authenticated JSch session; every command gets its own channel. */
final class SshSession implements TransportSession {

    private final Session session;
    private final ConnectionSpec spec;
    private final List<String> warnings;
    private final TransportLogWriter log;
    private volatile boolean closed;

    SshSession(Session session, ConnectionSpec spec, List<String> warnings, TransportLogWriter log) {
        this.session = session;
        this.spec = spec;
        this.warnings = warnings;
        this.log = log;
    }

    @Override
    public DeviceAddress device() {
        return spec.device();
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public CommandResult exec(String command, Duration timeout) throws TransportException {
        Duration limit = timeout == null ? spec.commandTimeout() : timeout;
        log.sent(command);
        ChannelExec channel;
        try {
            channel = (ChannelExec) openChannel("exec", command);
        } catch (TransportException e) {
            log.error(e.getMessage());
            throw e;
        }
        try {
            channel.setCommand(command.getBytes(StandardCharsets.UTF_8));
            channel.setInputStream(null);
            InputStream out = channel.getInputStream();
            InputStream err = channel.getErrStream();
            connect(channel, command, limit);
            ByteArrayOutputStream stdout = new ByteArrayOutputStream();
            ByteArrayOutputStream stderr = new ByteArrayOutputStream();
            Poller poller = new Poller(limit);
            while (true) {
                boolean read = drain(out, stdout) | drain(err, stderr);
                if (channel.isClosed()) {
                    drain(out, stdout);
                    drain(err, stderr);
                    break;
                }
                checkStillWanted(command, limit, poller);
                poller.pause(read);
            }
            int status = channel.getExitStatus();
            if (status < 0) {
                throw noExitStatus(command);
            }
            CommandResult result = new CommandResult(device(), command, status, text(stdout), text(stderr));
            logResult(result);
            return result;
        } catch (IOException e) {
            throw logged(lostOrBroken(command, e));
        } catch (TransportException e) {
            throw logged(e);
        } finally {
            channel.disconnect();
        }
    }

    /** What a command printed, line by line, and its exit status when it failed. */
    void logResult(CommandResult result) {
        if (!log.isEnabled()) {
            return;
        }
        log.received(result.stdout());
        log.received(result.stderr());
        if (result.exitCode() != 0) {
            log.event("exit status " + result.exitCode());
        }
    }

    TransportException logged(TransportException e) {
        log.error(e.getMessage());
        return e;
    }

    TransportLogWriter log() {
        return log;
    }

    @Override
    public ShellSession openShell() throws TransportException {
        ChannelShell channel = (ChannelShell) openChannel("shell", null);
        // a wide "dumb" terminal: no colours, no cursor tricks, no wrapped command echo
        channel.setPtyType("dumb", 1000, 50, 0, 0);
        channel.setPty(true);
        try {
            InputStream in = channel.getInputStream();
            var out = channel.getOutputStream();
            connect(channel, null, spec.connectTimeout());
            return new SshShell(this, channel, in, out);
        } catch (IOException e) {
            channel.disconnect();
            throw lostOrBroken(null, e);
        } catch (TransportException | RuntimeException e) {
            channel.disconnect();
            throw e;
        }
    }

    @Override
    public boolean isOpen() {
        return !closed && session.isConnected();
    }

    @Override
    public void close() {
        boolean wasOpen = !closed;
        closed = true;
        session.disconnect();
        if (wasOpen) {
            log.event("disconnected");
            log.masker().destroy();
        }
    }

    @Override
    public String toString() {
        return "SshSession[" + device() + ", user=" + spec.credential().username() + (isOpen() ? "" : ", closed")
                + "]";
    }

    ConnectionSpec spec() {
        return spec;
    }

    /** Throws if the command must stop: cancelled, interrupted, past its time, or the connection is gone. */
    void checkStillWanted(String command, Duration limit, Poller poller) throws TransportException {
        if (spec.cancellation().isCancelled() || Thread.currentThread().isInterrupted()) {
            throw TransportException.cancelled(device(), command);
        }
        if (poller.expired()) {
            throw TransportException.commandTimeout(device(), command, limit);
        }
        if (closed || !session.isConnected()) {
            throw TransportException.connectionLost(device(), command, null);
        }
    }

    /**
     * A channel closed without an exit status: when the whole connection went down that is a lost connection
     * (JSch closes the channels a moment before it marks the session disconnected, hence the short wait).
     */
    TransportException noExitStatus(String command) {
        long until = System.nanoTime() + Duration.ofMillis(500).toNanos();
        while (session.isConnected() && System.nanoTime() < until) {
            Poller.sleep(10);
        }
        if (!session.isConnected()) {
            return TransportException.connectionLost(device(), command, null);
        }
        return TransportException.protocolError(device(), "'" + firstWord(command)
                + "' ended without an exit status (killed by a signal?)",
                "Run it again; if it keeps happening look at the device's log", null);
    }

    TransportException lostOrBroken(String command, Exception e) {
        if (spec.cancellation().isCancelled()) {
            return TransportException.cancelled(device(), command);
        }
        if (closed || !session.isConnected()) {
            return TransportException.connectionLost(device(), command, e);
        }
        return TransportException.protocolError(device(), "the SSH channel failed (" + e.getMessage() + ")",
                "Reconnect and try again; if it keeps happening look at the device's log", e);
    }

    private com.jcraft.jsch.Channel openChannel(String type, String command) throws TransportException {
        if (spec.cancellation().isCancelled()) {
            throw TransportException.cancelled(device(), command);
        }
        if (closed || !session.isConnected()) {
            throw TransportException.connectionLost(device(), command, null);
        }
        try {
            return session.openChannel(type);
        } catch (JSchException e) {
            throw lostOrBroken(command, e);
        }
    }

    private void connect(com.jcraft.jsch.Channel channel, String command, Duration limit)
            throws TransportException {
        try {
            channel.connect((int) Math.min(Integer.MAX_VALUE, Math.min(limit.toMillis(),
                    spec.connectTimeout().toMillis())));
        } catch (JSchException e) {
            throw lostOrBroken(command, e);
        }
    }

    static boolean drain(InputStream in, ByteArrayOutputStream sink) throws IOException {
        boolean any = false;
        byte[] buffer = new byte[8192];
        for (int available; (available = in.available()) > 0;) {
            int n = in.read(buffer, 0, Math.min(buffer.length, available));
            if (n <= 0) {
                break;
            }
            sink.write(buffer, 0, n);
            any = true;
        }
        return any;
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    private static String firstWord(String command) {
        return command.strip().split("\\s+", 2)[0];
    }
}
