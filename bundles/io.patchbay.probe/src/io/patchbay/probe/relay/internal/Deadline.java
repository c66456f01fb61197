package io.patchbay.probe.relay.internal;

import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;

import io.patchbay.probe.relay.AttemptOutcome;

/** The end of one attempt: every connect and read waits only for what is left of it. */
public final class Deadline {

    private final long end;
    private final Duration total;

    public Deadline(Duration total) {
        this.total = total;
        this.end = System.nanoTime() + total.toNanos();
    }

    public Duration total() {
        return total;
    }

    /** Milliseconds left, at least 1; {@code what} names the step for the timeout's detail. */
    public int remainingMillis(String what) throws AttemptFailed {
        long left = (end - System.nanoTime()) / 1_000_000;
        if (left < 1) {
            throw timeout(what);
        }
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    /** Sets the socket's read timeout to what is left. */
    public void apply(Socket socket, String what) throws AttemptFailed {
        try {
            socket.setSoTimeout(remainingMillis(what));
        } catch (SocketException e) {
            throw new AttemptFailed(AttemptOutcome.UNREACHABLE, "EIO", "the connection broke: " + e.getMessage());
        }
    }

    public AttemptFailed timeout(String what) {
        return new AttemptFailed(AttemptOutcome.TIMEOUT, "ETIMEDOUT", what + " within " + total.toMillis() + " ms");
    }
}
