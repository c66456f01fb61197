package io.patchbay.simulator.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The part of a DD-WRT box's BusyBox {@code ash} that Patchbay and an operator use: command lines with {@code ;},
 * {@code &&} and {@code ||}, quotes, {@code $?}; the built-ins {@code echo true false exit sleep date uname reboot}
 * and {@code nvram get|set|unset|show|commit}; the firewall: {@code stopservice firewall}, {@code startservice firewall},
 * {@code restart firewall} and {@code iptables -t nat -L}. Anything else is {@code -sh: NAME: not found}, status 127.
 * <p>
 * With {@link BackgroundJobs}: background jobs ({@code LIST &}, also a subshell {@code ( … ) >/dev/null 2>&1 &}),
 * {@code $!}, command substitution {@code $( … )} and {@code kill PID}, which is how a router reverts a change by
 * itself unless it is confirmed in time.
 */
public final class BusyBoxShell {

    /** Where a command writes. In a terminal both go to the same place. */
    public interface Console {
        void out(String text) throws IOException;

        void err(String text) throws IOException;
    }

    /** How a command line ended: its status, and whether it asked the shell to exit or the router to reboot. */
    public record Outcome(int exitCode, boolean exitShell, boolean reboot) {
    }

    /** Stands for {@code $?} until the command that uses it runs. */
    private static final String STATUS = "\u0000?";
    /** Stands for {@code $!}, the process id of the last background job. */
    private static final String LAST_JOB = "\u0000!";
    /** Around the command line of a {@code $( … )} until the command that uses it runs. */
    private static final char SUBST_OPEN = '\u0001';
    private static final char SUBST_CLOSE = '\u0002';

    private final Nvram nvram;
    private final TwinClock clock;
    private final Firewall firewall;
    private final TwinFaults faults;
    private final BackgroundJobs jobs;
    private int lastStatus;
    private String lastJob = "";

    public BusyBoxShell(Nvram nvram, TwinClock clock) {
        this(nvram, clock, new Firewall(nvram), new TwinFaults());
    }

    public BusyBoxShell(Nvram nvram, TwinClock clock, Firewall firewall, TwinFaults faults) {
        this(nvram, clock, firewall, faults, null);
    }

    /** A shell that can start background jobs in {@code jobs} (those of its twin); {@code null} for none. */
    public BusyBoxShell(Nvram nvram, TwinClock clock, Firewall firewall, TwinFaults faults, BackgroundJobs jobs) {
        this.nvram = nvram;
        this.clock = clock;
        this.firewall = firewall;
        this.faults = faults;
        this.jobs = jobs;
    }

    /** A new shell process on the same router, as a subshell or a job gets. */
    private BusyBoxShell subshell() {
        return new BusyBoxShell(nvram, clock, firewall, faults, jobs);
    }

    /** Runs one command line. */
    public Outcome run(String line, Console console) throws IOException, InterruptedException {
        if (jobs != null && JobSyntax.hasBackground(line)) {
            return runWithJobs(line, console);
        }
        List<List<String>> commands = new ArrayList<>();
        List<String> operators = new ArrayList<>();
        split(line, commands, operators);
        int status = lastStatus;
        for (int i = 0; i < commands.size(); i++) {
            if (i > 0) {
                String operator = operators.get(i - 1);
                if (operator.equals("&&") && status != 0 || operator.equals("||") && status == 0) {
                    continue;
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException(); // killed between two commands
            }
            String statusText = String.valueOf(status);
            List<String> words = expand(commands.get(i).stream().map(w -> w.replace(STATUS, statusText)
                    .replace(LAST_JOB, lastJob)).toList());
            if (words.isEmpty()) {
                continue;
            }
            String name = words.get(0);
            if (name.equals("exit")) {
                lastStatus = words.size() > 1 ? parseInt(words.get(1), 0) : status;
                return new Outcome(lastStatus, true, false);
            }
            if (name.equals("reboot")) {
                return new Outcome(0, true, true);
            }
            status = builtin(name, words.subList(1, words.size()), console);
            lastStatus = status;
        }
        return new Outcome(status, false, false);
    }

    /** Lists in order; each one ended by a lone {@code &} starts as a job and sets {@code $!}. */
    private Outcome runWithJobs(String line, Console console) throws IOException, InterruptedException {
        Outcome outcome = new Outcome(lastStatus, false, false);
        for (JobSyntax.Part part : JobSyntax.split(line)) {
            if (!part.background()) {
                outcome = run(part.text(), console);
                if (outcome.exitShell()) {
                    return outcome;
                }
                continue;
            }
            String body;
            try {
                body = JobSyntax.body(part.text());
            } catch (IllegalArgumentException e) {
                console.err("-sh: can't create " + e.getMessage() + ": Read-only file system\n");
                lastStatus = 1;
                outcome = new Outcome(1, false, false);
                continue;
            }
            lastJob = String.valueOf(jobs.start(body, subshell()));
            lastStatus = 0;
            outcome = new Outcome(0, false, false);
        }
        return outcome;
    }

    /** Replaces each {@code $( … )} by what its commands print (trailing newlines cut, split into words). */
    private List<String> expand(List<String> words) throws IOException, InterruptedException {
        if (words.stream().noneMatch(w -> w.indexOf(SUBST_OPEN) >= 0)) {
            return words;
        }
        List<String> expanded = new ArrayList<>();
        for (String word : words) {
            if (word.indexOf(SUBST_OPEN) < 0) {
                expanded.add(word);
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (int at = 0; at < word.length(); at++) {
                int close = word.indexOf(SUBST_CLOSE, at);
                if (word.charAt(at) == SUBST_OPEN && close > at) {
                    StringBuilder printed = new StringBuilder();
                    subshell().run(word.substring(at + 1, close), new Console() {
                        @Override
                        public void out(String out) {
                            printed.append(out);
                        }

                        @Override
                        public void err(String err) {
                            // stderr of a substitution goes to the terminal; nobody reads it here
                        }
                    });
                    text.append(printed.toString().replaceAll("\n+$", ""));
                    at = close;
                } else {
                    text.append(word.charAt(at));
                }
            }
            for (String field : text.toString().strip().split("\\s+")) {
                if (!field.isEmpty()) {
                    expanded.add(field);
                }
            }
        }
        return expanded;
    }

    /** {@code kill [-SIGNAL] PID…}: ends background jobs; a process id that runs nothing fails, as in BusyBox. */
    private int kill(List<String> args, Console console) throws IOException {
        List<String> pids = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (pids.isEmpty()) {
            console.err("kill: usage: kill [-s SIG | -SIG] PID...\n");
            return 1;
        }
        int status = 0;
        for (String pid : pids) {
            int id = parseInt(pid, -1);
            if (id < 0) {
                console.err("kill: invalid number '" + pid + "'\n");
                status = 1;
            } else if (jobs == null || !jobs.kill(id)) {
                console.err("kill: can't kill pid " + pid + ": No such process\n");
                status = 1;
            }
        }
        return status;
    }

    private int builtin(String name, List<String> args, Console console) throws IOException, InterruptedException {
        switch (name) {
            case "kill":
                return kill(args, console);
            case "echo":
                boolean newline = args.isEmpty() || !args.get(0).equals("-n");
                List<String> words = newline ? args : args.subList(1, args.size());
                console.out(String.join(" ", words) + (newline ? "\n" : ""));
                return 0;
            case "true":
                return 0;
            case "false":
                return 1;
            case "sleep":
                long seconds = args.isEmpty() ? 0 : parseInt(args.get(0), 0);
                Thread.sleep(seconds * 1000);
                return 0;
            case "date":
                console.out(clock.date() + "\n");
                return 0;
            case "uname":
                console.out(args.contains("-a") ? "Linux DD-WRT 2.6.24.111 #14896 Mon Aug 16 03:10:16 CEST 2010 mips "
                        + "DD-WRT\n" : "Linux\n");
                return 0;
            case "nvram":
                return nvram(args, console);
            case "stopservice":
                return service(args, console, false);
            case "startservice":
            case "restart":
                return service(args, console, true);
            case "iptables":
                if (!args.equals(List.of("-t", "nat", "-L")) && !args.equals(List.of("-t", "nat", "-L", "-n"))) {
                    console.err("iptables: only 'iptables -t nat -L' is simulated\n");
                    return 2;
                }
                console.out(firewall.natTable());
                return 0;
            default:
                console.err("-sh: " + name + ": not found\n");
                return 127;
        }
    }

    private int nvram(List<String> args, Console console) throws IOException {
        String usage = "usage: nvram [get name] [set name=value] [unset name] [show] [commit]\n";
        if (args.isEmpty()) {
            console.err(usage);
            return 1;
        }
        switch (args.get(0)) {
            case "get":
                if (args.size() < 2) {
                    console.err(usage);
                    return 1;
                }
                console.out(nvram.get(args.get(1)).orElse("") + "\n");
                return 0;
            case "set":
                int eq = args.size() < 2 ? -1 : args.get(1).indexOf('=');
                if (eq <= 0) {
                    console.err(usage);
                    return 1;
                }
                if (!faults.ignoreNvramSet) {
                    nvram.set(args.get(1).substring(0, eq), args.get(1).substring(eq + 1));
                }
                return 0;
            case "unset":
                if (args.size() < 2) {
                    console.err(usage);
                    return 1;
                }
                nvram.unset(args.get(1));
                return 0;
            case "show":
                StringBuilder text = new StringBuilder();
                for (Map.Entry<String, String> e : nvram.show().entrySet()) {
                    text.append(e.getKey()).append('=').append(e.getValue()).append('\n');
                }
                console.out(text.toString());
                console.err("size: " + nvram.bytesUsed() + " bytes (" + nvram.bytesFree() + " left)\n");
                return 0;
            case "commit":
                nvram.commit();
                return 0;
            default:
                console.err(usage);
                return 1;
        }
    }

    /** {@code stopservice|startservice|restart firewall}: only the firewall is simulated; starting rebuilds NAT. */
    private int service(List<String> args, Console console, boolean start) throws IOException {
        if (args.size() != 1 || !args.get(0).equals("firewall")) {
            console.err("service: only 'firewall' is simulated\n");
            return 1;
        }
        if (start) {
            firewall.restart();
        }
        return 0;
    }

    /** Splits a line into commands (words, quotes removed, {@code $?} expanded) and the operators between them. */
    private void split(String line, List<List<String>> commands, List<String> operators) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (quote == '"' && c == '$' && i + 1 < line.length() && line.charAt(i + 1) == '?') {
                    word.append(STATUS);
                    i++;
                } else if (quote == '"' && c == '$' && next(line, i) == '!') {
                    word.append(LAST_JOB);
                    i++;
                } else {
                    word.append(c);
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (c == ' ' || c == '\t') {
                word = flush(word, words);
            } else if (c == ';' || c == '&' && next(line, i) == '&' || c == '|' && next(line, i) == '|') {
                word = flush(word, words);
                commands.add(words);
                words = new ArrayList<>();
                operators.add(c == ';' ? ";" : c == '&' ? "&&" : "||");
                if (c != ';') {
                    i++;
                }
            } else if (c == '$' && next(line, i) == '?') {
                word = word == null ? new StringBuilder() : word;
                word.append(STATUS);
                i++;
            } else if (c == '$' && next(line, i) == '!') {
                word = word == null ? new StringBuilder() : word;
                word.append(LAST_JOB);
                i++;
            } else if (c == '$' && next(line, i) == '(' && JobSyntax.closing(line, i + 1) > 0) {
                int close = JobSyntax.closing(line, i + 1);
                word = word == null ? new StringBuilder() : word;
                word.append(SUBST_OPEN).append(line, i + 2, close).append(SUBST_CLOSE);
                i = close;
            } else {
                word = word == null ? new StringBuilder() : word;
                word.append(c);
            }
        }
        flush(word, words);
        commands.add(words);
    }

    private static char next(String line, int i) {
        return i + 1 < line.length() ? line.charAt(i + 1) : 0;
    }

    private static StringBuilder flush(StringBuilder word, List<String> words) {
        if (word != null) {
            words.add(word.toString());
        }
        return null;
    }

    private static int parseInt(String text, int fallback) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
