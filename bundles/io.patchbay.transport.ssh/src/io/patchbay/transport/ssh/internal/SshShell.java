package io.patchbay.transport.ssh.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jcraft.jsch.ChannelShell;

import io.patchbay.core.CommandResult;
import io.patchbay.core.ShellSession;
import io.patchbay.core.TransportException;

/**
 * A login shell on a terminal. Prompts differ (BusyBox {@code root@DD-WRT:~#}, bash, a site's own) and banners can
 * contain lines that look like prompts, so the end of a command is not recognised by its prompt: each command line
 * is followed by {@code ; echo MARKER_$?_}, whose expansion (the echoed input shows {@code $?} literally) marks the
 * end of the output and carries the exit status. The first prompt is only awaited, so that nothing is typed into a
 * banner.
 */
final class SshShell implements ShellSession {

    /** Terminal escape sequences (colours, bracketed paste) that are not output. */
    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-9;?]*[ -/]*[@-~]|\u001B\\][^\u0007]*\u0007");
    private static final Pattern PROMPT_END = Pattern.compile("[#$>%] ?$");
    private static final Duration QUIET = Duration.ofMillis(250);

    private final SshSession session;
    private final ChannelShell channel;
    private final InputStream in;
    private final OutputStream out;
    private final String marker = "__PB" + HexFormat.of().formatHex(randomBytes());
    private final Pattern done = Pattern.compile(Pattern.quote(marker) + "_(\\d+)_");
    private final String echoSuffix = "echo " + marker + "_$?_";
    private final StringBuilder pending = new StringBuilder();
    private final String banner;
    private final String prompt;

    SshShell(SshSession session, ChannelShell channel, InputStream in, OutputStream out) throws TransportException {
        this.session = session;
        this.channel = channel;
        this.in = in;
        this.out = out;
        Duration limit = session.spec().connectTimeout();
        try {
            awaitFirstPrompt(limit);
            Exchange sync = exchange(echoSuffix, limit);
            banner = sync.before;
            prompt = sync.promptLine;
        } catch (TransportException e) {
            close();
            throw session.logged(e);
        }
        session.log().received(banner);
        session.log().event("shell opened, prompt '" + prompt.strip() + "'");
    }

    @Override
    public String banner() {
        return banner;
    }

    @Override
    public String prompt() {
        return prompt;
    }

    @Override
    public CommandResult run(String command, Duration timeout) throws TransportException {
        if (command.indexOf('\n') >= 0 || command.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a shell command is one line");
        }
        Duration limit = timeout == null ? session.spec().commandTimeout() : timeout;
        session.log().sent(command);
        try {
            Exchange exchange = exchange(command + "; " + echoSuffix, limit);
            CommandResult result = new CommandResult(session.device(), command, exchange.status, exchange.output, "");
            session.logResult(result);
            return result;
        } catch (TransportException e) {
            close(); // after a timeout or a break the shell's state is unknown
            throw session.logged(e);
        }
    }

    @Override
    public boolean isOpen() {
        return !channel.isClosed() && channel.isConnected();
    }

    @Override
    public void close() {
        channel.disconnect();
    }

    @Override
    public String toString() {
        return "SshShell[" + session.device() + (isOpen() ? "" : ", closed") + "]";
    }

    /** Reads the banner until the output rests on something prompt-like, or has been quiet for long. */
    private void awaitFirstPrompt(Duration limit) throws TransportException {
        Poller poller = new Poller(limit);
        long lastData = System.nanoTime();
        while (true) {
            boolean read = readAvailable();
            long now = System.nanoTime();
            if (read) {
                lastData = now;
            }
            long quietNanos = now - lastData;
            String text = pending.toString().stripTrailing().isEmpty() ? "" : pending.toString();
            if (!text.isEmpty() && PROMPT_END.matcher(text).find() && quietNanos > QUIET.toNanos()) {
                return;
            }
            if (quietNanos > QUIET.toNanos() * 8) {
                return; // no recognisable prompt: the marker exchange will tell whether a shell listens
            }
            check(null, limit, poller);
            poller.pause(read);
        }
    }

    private Exchange exchange(String line, Duration limit) throws TransportException {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw session.lostOrBroken(line, e);
        }
        String command = line.equals(echoSuffix) ? null : line;
        Poller poller = new Poller(limit);
        while (true) {
            boolean read = readAvailable();
            Matcher matcher = done.matcher(pending);
            if (matcher.find()) {
                return cut(matcher);
            }
            check(command == null ? "echo" : line, limit, poller);
            poller.pause(read);
        }
    }

    /** Splits the text before the marker into what preceded the echoed command line and the command's output. */
    private Exchange cut(Matcher matcher) {
        String text = pending.substring(0, matcher.start());
        int status = Integer.parseInt(matcher.group(1));
        int lineEnd = pending.indexOf("\n", matcher.end());
        pending.delete(0, lineEnd < 0 ? matcher.end() : lineEnd + 1);

        int echo = text.lastIndexOf(echoSuffix);
        if (echo < 0) {
            return new Exchange("", "", text, status); // a terminal that does not echo
        }
        int echoLineStart = text.lastIndexOf('\n', echo) + 1;
        String echoLine = text.substring(echoLineStart, echo);
        int outputStart = text.indexOf('\n', echo);
        String output = outputStart < 0 ? "" : text.substring(outputStart + 1);
        String before = text.substring(0, echoLineStart);
        // the prompt is what precedes the typed command on its line (for the sync line, all of it)
        String promptLine = echoLine;
        return new Exchange(before, promptLine, output, status);
    }

    private boolean readAvailable() throws TransportException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!SshSession.drain(in, bytes)) {
                return false;
            }
        } catch (IOException e) {
            throw session.lostOrBroken(null, e);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        pending.append(ESCAPES.matcher(text).replaceAll("").replace("\r", ""));
        return true;
    }

    private void check(String command, Duration limit, Poller poller) throws TransportException {
        if (channel.isClosed()) {
            session.checkStillWanted(command, limit, poller);
            throw TransportException.connectionLost(session.device(), command, null);
        }
        session.checkStillWanted(command, limit, poller);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private record Exchange(String before, String promptLine, String output, int status) {
    }
}
