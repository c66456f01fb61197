package io.patchbay.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import io.patchbay.cli.CliCommand;
import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import io.patchbay.core.provisioning.Journal;
import io.patchbay.core.provisioning.JournalEntry;
import io.patchbay.core.provisioning.JournalRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patchbay journal ESTATE}: the estate's apply runs, newest last, each with who ran it, when, which features,
 * and what became of its devices; a run a crash cut short is marked with the devices that may be half-changed.
 * {@code --show ID} prints one run line by line (device, setting, before → after, outcome).
 */
@Component(service = CliCommand.class, scope = ServiceScope.PROTOTYPE)
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "List the apply runs recorded beside the estate (who, when, what, outcome), or show one run's"
                + " before- and after-values; runs cut short by a crash are marked and can be rolled back.")
public final class JournalCommand implements CliCommand {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ESTATE", description = "the .estate file")
    Path file;

    @Option(names = "--last", paramLabel = "N", description = "only the N newest runs")
    Integer last;

    @Option(names = "--show", paramLabel = "JOURNAL-ID", description = "every line of this run")
    String show;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Override
    public Integer call() {
        if (last != null && last < 1) {
            throw new CliException(ExitCodes.USAGE, "--last must be at least 1");
        }
        EstateArguments.load(file); // the journal belongs to an estate that can be read
        Journal journal = Journal.besideEstate(file);
        PrintWriter out = spec.commandLine().getOut();
        if (show != null) {
            List<JournalEntry> entries = read(journal, show);
            if (format == OutputFormat.json) {
                out.println(ProvisioningSupport.GSON.toJson(entries.stream().map(JournalCommand::json).toList()));
            } else {
                for (JournalEntry e : entries) {
                    out.printf(Locale.ROOT, "%s %-6s %-12s %s%s%n", e.time(), e.phase(), e.outcome(), e.device(),
                            e.setting() == null ? "" : " " + e.setting() + ": '" + nullToEmpty(e.before()) + "' -> '"
                                    + nullToEmpty(e.after()) + "'")
                            ;
                    if (e.reason() != null && !e.reason().isEmpty()) {
                        out.println("    " + e.reason());
                    }
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
        List<String> ids;
        try {
            ids = journal.ids();
        } catch (IOException e) {
            throw new CliException(ExitCodes.USAGE, "cannot list the journal in " + journal.folder() + ": "
                    + e.getMessage(), e);
        }
        if (last != null && ids.size() > last) {
            ids = ids.subList(ids.size() - last, ids.size());
        }
        List<JournalRun> runs = new ArrayList<>();
        for (String id : ids) {
            runs.add(JournalRun.of(id, read(journal, id)));
        }
        if (format == OutputFormat.json) {
            out.println(ProvisioningSupport.GSON.toJson(runs.stream().map(JournalCommand::json).toList()));
        } else if (runs.isEmpty()) {
            out.println("no apply recorded yet in " + journal.folder());
        } else {
            for (JournalRun run : runs) {
                out.println(text(run));
                if (run.isCutShort()) {
                    out.println("    cut short (the apply was stopped before these devices were finished): "
                            + String.join(", ", run.cutShort()) + "; restore them with: patchbay rollback "
                            + run.id() + " --estate " + file);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static List<JournalEntry> read(Journal journal, String id) {
        try {
            return journal.read(id);
        } catch (IOException | IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read journal " + id + ": " + e.getMessage()
                    + " ('patchbay journal ESTATE' lists the runs)", e);
        }
    }

    private static Map<String, Object> json(JournalEntry e) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("time", e.time().toString());
        o.put("operator", e.operator());
        o.put("feature", e.feature());
        o.put("device", e.device());
        o.put("address", e.address());
        o.put("phase", e.phase());
        o.put("setting", e.setting());
        o.put("before", e.before());
        o.put("after", e.after());
        o.put("outcome", e.outcome());
        o.put("reason", e.reason());
        return o;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String text(JournalRun run) {
        int devices = run.devices().size();
        return String.format(Locale.ROOT, "%-22s %-20s %-10s %-14s %d device%s: %s", run.id(),
                run.started() == null ? "-" : run.started().toString(), String.join(",", run.operators()),
                String.join(",", run.features()), devices, devices == 1 ? "" : "s", run.outcomeText());
    }

    private static Map<String, Object> json(JournalRun run) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("journal", run.id());
        o.put("started", run.started() == null ? null : run.started().toString());
        o.put("operators", run.operators());
        o.put("features", run.features());
        o.put("devices", run.devices().size());
        o.put("outcomes", run.outcomes());
        o.put("cutShort", run.cutShort());
        return o;
    }
}
