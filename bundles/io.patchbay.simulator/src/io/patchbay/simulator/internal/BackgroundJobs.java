package io.patchbay.simulator.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The background jobs ({@code ( … ) &}) running on one twin, by process id: they outlive the SSH session that started
 * them, as a job with its output redirected does under BusyBox, and end when their commands are done, when
 * {@code kill} sends them a signal, or when the router reboots or the twin stops. Shared by all sessions of a twin.
 */
public final class BackgroundJobs {

    /** A running job: its process id and the command line it runs, as {@code ps} would show them. */
    public record Job(int pid, String command) {
    }

    private final Map<Integer, Thread> threads = new LinkedHashMap<>();
    private final Map<Integer, String> commands = new LinkedHashMap<>();
    /** BusyBox routers have a few hundred processes after boot; the first job gets the next free id. */
    private int nextPid = 1234;

    /** Starts {@code commandLine} in {@code shell} (a shell of its own) on a daemon thread; returns its process id. */
    public synchronized int start(String commandLine, BusyBoxShell shell) {
        int pid = nextPid++;
        Thread thread = new Thread(() -> {
            try {
                shell.run(commandLine, DISCARD);
            } catch (InterruptedException e) {
                // killed: the commands after the one it was in never run
            } catch (IOException | RuntimeException e) {
                // a job has no terminal to complain to
            } finally {
                ended(pid);
            }
        }, "buffalo-twin job " + pid);
        thread.setDaemon(true);
        threads.put(pid, thread);
        commands.put(pid, commandLine);
        thread.start();
        return pid;
    }

    /** Sends {@code pid} a terminating signal; {@code false} when no such job runs ("No such process"). */
    public boolean kill(int pid) {
        Thread thread;
        synchronized (this) {
            thread = threads.remove(pid);
            commands.remove(pid);
        }
        if (thread == null) {
            return false;
        }
        thread.interrupt();
        return true;
    }

    /** Ends every job, as a power cycle does. */
    public void killAll() {
        List<Integer> pids;
        synchronized (this) {
            pids = new ArrayList<>(threads.keySet());
        }
        pids.forEach(this::kill);
    }

    /** The jobs running now, oldest first. */
    public synchronized List<Job> running() {
        List<Job> jobs = new ArrayList<>();
        commands.forEach((pid, command) -> jobs.add(new Job(pid, command)));
        return jobs;
    }

    private synchronized void ended(int pid) {
        threads.remove(pid);
        commands.remove(pid);
    }

    private static final BusyBoxShell.Console DISCARD = new BusyBoxShell.Console() {
        @Override
        public void out(String text) {
            // >/dev/null
        }

        @Override
        public void err(String text) {
            // 2>&1
        }
    };
}
