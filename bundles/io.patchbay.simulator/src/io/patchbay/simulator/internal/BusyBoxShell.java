package io.patchbay.simulator.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of a DD-WRT box's BusyBox {@code ash} that Patchbay and an operator use: command lines with {@code ;},
 * {@code &&} and {@code ||}, quotes, {@code $?}; the built-ins {@code echo true false exit sleep date uname reboot}
 * and {@code nvram get|set|unset|show|commit}; the firewall: {@code stopservice firewall}, {@code startservice firewall},
 * {@code restart firewall} and {@code iptables -t nat -L}. Anything else is {@code -sh: NAME: not found}, status 127.
 * <p>
 * With {@link BackgroundJobs}: background jobs ({@code LIST &}, also a subshell {@code ( … ) >/dev/null 2>&1 &}),
 * {@code $!}, command substitution {@code $( … )} and {@code kill PID}, which is how a router reverts a change by
 * itself unless it is confirmed in time.
 * <p>
 * A twin of another Linux host uses the same shell without NVRAM and firewall, with {@link TwinFiles} (then
 * {@code cat}, {@code printf}, {@code mv}, {@code rm}, {@code test -f|-e|-s} (also as {@code [ … ]}) and the
 * redirections {@code >} and {@code >>} work) and
 * {@linkplain Program programs} of its own (such as {@code rsipdctl}).
 */
public final class BusyBoxShell {

    /** Where a command writes. In a terminal both go to the same place. */
    public interface Console {
        void out(String text) throws IOException;

        void err(String text) throws IOException;
    }

    /** A command a twin adds to the shell: its arguments (quotes removed, {@code $?} expanded), its status. */
    @FunctionalInterface
    public interface Program {
        int run(List<String> args, Console console) throws IOException, InterruptedException;
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
    /** An unquoted {@code >} or {@code >>}: the next word is the file standard output goes to. */
    private static final String TO_FILE = "\u0000>";
    private static final String APPEND_TO_FILE = "\u0000>>";
    /** What {@code uname -a} prints on a Buffalo router with DD-WRT v24-sp2. */
    public static final String DD_WRT_UNAME = "Linux DD-WRT 2.6.24.111 #14896 Mon Aug 16 03:10:16 CEST 2010 mips "
            + "DD-WRT";

    private final Nvram nvram;
    private final TwinClock clock;
    private final Firewall firewall;
    private final TwinFaults faults;
    private final TwinFiles files;
    private final String uname;
    private final Map<String, Program> programs;
    private final BackgroundJobs jobs;
    private int lastStatus;
    private String lastJob = "";

    public BusyBoxShell(Nvram nvram, TwinClock clock) {
        this(nvram, clock, new Firewall(nvram), new TwinFaults());
    }

    public BusyBoxShell(Nvram nvram, TwinClock clock, Firewall firewall, TwinFaults faults) {
        this(nvram, clock, firewall, faults, null, DD_WRT_UNAME, Map.of());
    }

    /**
     * The shell of a host: {@code nvram} and {@code firewall} may be null (a host without them answers
     * {@code not found}), {@code files} too (then there is no {@code cat} and no redirection).
     *
     * @param uname    what {@code uname -a} prints
     * @param programs commands of the host by name; they run before anything else of that name
     */
    public BusyBoxShell(Nvram nvram, TwinClock clock, Firewall firewall, TwinFaults faults, TwinFiles files,
            String uname, Map<String, Program> programs) {
        this(nvram, clock, firewall, faults, files, uname, programs, null);
    }

    /** The shell of a host that can start background jobs in {@code jobs} (those of its twin); {@code null}: none. */
    public BusyBoxShell(Nvram nvram, TwinClock clock, Firewall firewall, TwinFaults faults, TwinFiles files,
            String uname, Map<String, Program> programs, BackgroundJobs jobs) {
        this.nvram = nvram;
        this.clock = clock;
        this.firewall = firewall;
        this.faults = faults;
        this.files = files;
        this.uname = uname;
        this.programs = Map.copyOf(programs);
        this.jobs = jobs;
    }

    /** A new shell process on the same host, as a subshell or a job gets. */
    private BusyBoxShell subshell() {
        return new BusyBoxShell(nvram, clock, firewall, faults, files, uname, programs, jobs);
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
            status = redirected(words, console);
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

    /** Runs one command, its standard output into a file when the words say {@code > FILE} or {@code >> FILE}. */
    private int redirected(List<String> words, Console console) throws IOException, InterruptedException {
        int at = -1;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals(TO_FILE) || words.get(i).equals(APPEND_TO_FILE)) {
                at = i;
            }
        }
        if (at < 0) {
            return builtin(words.get(0), words.subList(1, words.size()), console);
        }
        if (at + 1 >= words.size()) {
            console.err("-sh: syntax error: unexpected newline\n");
            return 2;
        }
        boolean append = words.get(at).equals(APPEND_TO_FILE);
        String target = words.get(at + 1);
        List<String> command = new ArrayList<>(words.subList(0, at));
        command.addAll(words.subList(at + 2, words.size()));
        command.removeIf(w -> w.equals(TO_FILE) || w.equals(APPEND_TO_FILE));
        if (files == null && !target.equals("/dev/null")) {
            console.err("-sh: can't create " + target + ": Read-only file system\n");
            return 1;
        }
        StringBuilder captured = new StringBuilder();
        int status = command.isEmpty() ? 0 : builtin(command.get(0), command.subList(1, command.size()),
                new Console() {
                    @Override
                    public void out(String text) {
                        captured.append(text);
                    }

                    @Override
                    public void err(String text) throws IOException {
                        console.err(text);
                    }
                });
        if (!target.equals("/dev/null")) {
            try {
                files.write(target, captured.toString(), append);
            } catch (IOException e) {
                console.err("-sh: can't create " + target + ": " + e.getMessage() + "\n");
                return 1;
            }
        }
        return status;
    }

    private int builtin(String name, List<String> args, Console console) throws IOException, InterruptedException {
        Program program = programs.get(name);
        if (program != null) {
            return program.run(args, console);
        }
        if (nvram == null && name.equals("nvram") || firewall == null && (name.equals("stopservice")
                || name.equals("startservice") || name.equals("restart") || name.equals("iptables"))) {
            console.err("-sh: " + name + ": not found\n");
            return 127;
        }
        if (files != null) {
            switch (name) {
                case "cat":
                    return cat(args, console);
                case "printf":
                    return printf(args, console);
                case "mv":
                    return mv(args, console);
                case "rm":
                    return rm(args, console);
                case "test":
                    return test(args);
                case "[":
                    if (args.isEmpty() || !args.get(args.size() - 1).equals("]")) {
                        console.err("-sh: [: missing ]\n");
                        return 2;
                    }
                    return test(args.subList(0, args.size() - 1));
                default:
                    break;
            }
        }
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
                console.out(args.contains("-a") ? uname + "\n" : "Linux\n");
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

    private int cat(List<String> args, Console console) throws IOException {
        if (args.isEmpty()) {
            console.err("cat: reading standard input is not simulated; name a file\n");
            return 1;
        }
        int status = 0;
        for (String path : args) {
            Optional<String> content = files.read(path);
            if (content.isPresent()) {
                console.out(content.get());
            } else {
                console.err("cat: can't open '" + path + "': No such file or directory\n");
                status = 1;
            }
        }
        return status;
    }

    /** {@code test -f|-e|-s FILE}, optionally negated with {@code !}: 0 when true, 1 when false. */
    private int test(List<String> args) throws IOException {
        boolean negate = !args.isEmpty() && args.get(0).equals("!");
        List<String> rest = negate ? args.subList(1, args.size()) : args;
        if (rest.size() != 2 || !List.of("-f", "-e", "-s").contains(rest.get(0))) {
            return 2;
        }
        Optional<String> content = files.read(rest.get(1));
        boolean holds = rest.get(0).equals("-s") ? content.filter(c -> !c.isEmpty()).isPresent()
                : content.isPresent();
        return holds != negate ? 0 : 1;
    }

    /** POSIX printf with {@code %s %d %%} and {@code \n \t \\}; the format is used again while arguments remain. */
    private static int printf(List<String> args, Console console) throws IOException {
        if (args.isEmpty()) {
            console.err("Usage: printf FORMAT [ARGUMENT]...\n");
            return 1;
        }
        String format = args.get(0);
        List<String> rest = args.subList(1, args.size());
        StringBuilder out = new StringBuilder();
        int next = 0;
        do {
            for (int i = 0; i < format.length(); i++) {
                char c = format.charAt(i);
                char after = i + 1 < format.length() ? format.charAt(i + 1) : 0;
                if (c == '\\' && after != 0) {
                    out.append(switch (after) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> after;
                    });
                    i++;
                } else if (c == '%' && after == '%') {
                    out.append('%');
                    i++;
                } else if (c == '%' && (after == 's' || after == 'd')) {
                    String value = next < rest.size() ? rest.get(next) : "";
                    next++;
                    out.append(after == 'd' && value.isEmpty() ? "0" : value);
                    i++;
                } else {
                    out.append(c);
                }
            }
        } while (next > 0 && next < rest.size());
        console.out(out.toString());
        return 0;
    }

    private int mv(List<String> args, Console console) throws IOException {
        List<String> paths = args.stream().filter(a -> !a.startsWith("-")).toList();
        if (paths.size() != 2) {
            console.err("Usage: mv [-f] SOURCE DEST\n");
            return 1;
        }
        try {
            if (!files.rename(paths.get(0), paths.get(1))) {
                console.err("mv: can't rename '" + paths.get(0) + "': No such file or directory\n");
                return 1;
            }
        } catch (IOException e) {
            console.err("mv: can't rename '" + paths.get(0) + "': " + e.getMessage() + "\n");
            return 1;
        }
        return 0;
    }

    private int rm(List<String> args, Console console) throws IOException {
        boolean force = args.stream().anyMatch(a -> a.startsWith("-") && a.contains("f"));
        int status = 0;
        for (String path : args.stream().filter(a -> !a.startsWith("-")).toList()) {
            try {
                if (!files.delete(path) && !force) {
                    console.err("rm: can't remove '" + path + "': No such file or directory\n");
                    status = 1;
                }
            } catch (IOException e) {
                console.err("rm: can't remove '" + path + "': " + e.getMessage() + "\n");
                status = 1;
            }
        }
        return status;
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
            } else if (c == '>') {
                word = flush(word, words);
                boolean append = next(line, i) == '>';
                words.add(append ? APPEND_TO_FILE : TO_FILE);
                if (append) {
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
