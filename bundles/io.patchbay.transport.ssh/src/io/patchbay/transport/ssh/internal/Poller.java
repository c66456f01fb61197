package io.patchbay.transport.ssh.internal;

import java.time.Duration;

/**
 * Waits for a channel by polling: JSch's streams only block with long internal waits, and a poll lets us check the
 * deadline, the cancellation and the connection between reads. Starts at 1 ms and backs off to 20 ms when idle.
 */
final class Poller {

    private final long deadline;
    private long pause = 1;

    Poller(Duration limit) {
        deadline = System.nanoTime() + limit.toNanos();
    }

    boolean expired() {
        return System.nanoTime() - deadline > 0;
    }

    void pause(boolean madeProgress) {
        pause = madeProgress ? 1 : Math.min(20, pause * 2);
        sleep(pause);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // seen by the caller's next check as a cancellation
        }
    }
}
