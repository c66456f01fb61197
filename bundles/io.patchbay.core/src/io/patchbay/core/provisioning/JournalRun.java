package io.patchbay.core.provisioning;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One apply run of a {@link Journal} summed up, as {@code patchbay journal} and the console's Journal view show it:
 * who ran it, when, which features, the last outcome of each device, and the devices a crash cut short (they have
 * {@link JournalEntry#BEFORE} lines but no {@link JournalEntry#AFTER} line, so they may be half-changed; a rollback of
 * the run restores them).
 *
 * @param id        the journal id of the run
 * @param started   the time of the run's first line, or {@code null} when the run has no readable line
 * @param operators who ran it, each once, in order of appearance
 * @param features  the features it applied, each once, in order of appearance
 * @param outcomes  how many devices ended with each outcome, by the outcome's name in lower case (e.g.
 *                  {@code changed}, {@code rolled_back}), sorted by name
 * @param cutShort  the devices begun but never finished, in order of appearance
 * @param devices   every device the run recorded, in order of appearance
 * @since 0.1
 */
public record JournalRun(String id, Instant started, List<String> operators, List<String> features,
        Map<String, Integer> outcomes, List<String> cutShort, List<String> devices) {

    public JournalRun {
        operators = List.copyOf(operators);
        features = List.copyOf(features);
        outcomes = Collections.unmodifiableMap(new TreeMap<>(outcomes));
        cutShort = List.copyOf(cutShort);
        devices = List.copyOf(devices);
    }

    /** Sums up the lines {@code entries} of run {@code id} (as {@link Journal#read(String)} returns them). */
    public static JournalRun of(String id, List<JournalEntry> entries) {
        Instant started = entries.isEmpty() ? null : entries.get(0).time();
        Set<String> operators = new LinkedHashSet<>();
        Set<String> features = new LinkedHashSet<>();
        Map<String, String> finalOutcome = new LinkedHashMap<>();
        Set<String> begun = new LinkedHashSet<>();
        Set<String> devices = new LinkedHashSet<>();
        for (JournalEntry e : entries) {
            if (e.operator() != null) {
                operators.add(e.operator());
            }
            if (e.feature() != null) {
                features.add(e.feature());
            }
            devices.add(e.device());
            if (JournalEntry.BEFORE.equals(e.phase())) {
                begun.add(e.device());
            } else {
                finalOutcome.put(e.device(), e.outcome());
            }
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        finalOutcome.values().forEach(o -> outcomes.merge(String.valueOf(o).toLowerCase(Locale.ROOT), 1,
                Integer::sum));
        List<String> cutShort = begun.stream().filter(d -> !finalOutcome.containsKey(d)).toList();
        return new JournalRun(id, started, List.copyOf(operators), List.copyOf(features), outcomes, cutShort,
                List.copyOf(devices));
    }

    /** Reads and sums up run {@code id} of {@code journal}. */
    public static JournalRun read(Journal journal, String id) throws IOException {
        return of(id, journal.read(id));
    }

    /** Whether a crash (or a killed process) stopped the run before some devices were finished. */
    public boolean isCutShort() {
        return !cutShort.isEmpty();
    }

    /** How many devices ended with {@code outcome}. */
    public int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome.name().toLowerCase(Locale.ROOT), 0);
    }

    /**
     * The outcomes as an operator reads them, e.g. {@code 2 changed, 1 rolled back, 1 cut short}; empty when the run
     * recorded no device.
     */
    public String outcomeText() {
        StringBuilder counts = new StringBuilder();
        outcomes.forEach((o, n) -> counts.append(counts.isEmpty() ? "" : ", ").append(n).append(' ')
                .append(o.replace('_', ' ')));
        if (!cutShort.isEmpty()) {
            counts.append(counts.isEmpty() ? "" : ", ").append(cutShort.size()).append(" cut short");
        }
        return counts.toString();
    }
}
