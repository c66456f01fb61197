package io.patchbay.core.provisioning;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;

/**
 * The append-only record of every apply of an estate: one JSON object per line in
 * {@code NAME.journal/JOURNAL-ID.jsonl} beside the estate file {@code NAME.estate}, one file per run. Each device gets
 * {@link JournalEntry#BEFORE} lines (one per setting, with its before- and after-value) written and flushed to disk
 * <em>before</em> the device is touched, and {@link JournalEntry#AFTER} lines with the outcome when it is done, so a
 * run that crashes leaves a record of what may have been changed. Lines are never rewritten. No secret is ever
 * written. Safe to use from many threads.
 *
 * @since 0.1
 */
public final class Journal {

    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Gson gson = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
    private final Object forceLock = new Object();
    /** Guarded by {@code this}: appends so far, and the files written since their last force. */
    private long written;
    private final Set<Path> unsynced = new HashSet<>();
    /** Guarded by {@code forceLock}: the appends known to be on disk. */
    private long forced;

    private Journal(Path folder) {
        this.folder = folder.toAbsolutePath();
    }

    /** The journal in {@code folder}. */
    public static Journal in(Path folder) {
        return new Journal(folder);
    }

    /** The journal of the estate in {@code estateFile}: {@code NAME.journal/} in the same folder. */
    public static Journal besideEstate(Path estateFile) {
        String name = estateFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return new Journal(estateFile.toAbsolutePath().resolveSibling(base + ".journal"));
    }

    public Path folder() {
        return folder;
    }

    /** A new, unique journal id, e.g. {@code 20261122T001500Z-3f2a}: sortable by time. */
    public String newId() {
        return ID.format(Instant.now()) + "-" + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
    }

    /** The file of the run {@code journalId}. */
    public Path file(String journalId) {
        if (!journalId.matches("[0-9A-Za-z_-]+")) {
            throw new IllegalArgumentException("not a journal id: '" + journalId + "'");
        }
        return folder.resolve(journalId + ".jsonl");
    }

    /**
     * Appends {@code entries} to their run's file and forces them to disk before returning. Devices finishing at the
     * same time share one forced write (group commit): a writer whose lines an earlier force already covered returns
     * at once, so a thousand devices in parallel do not queue behind a thousand disk flushes.
     */
    public void append(List<JournalEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Path file = file(entries.get(0).journal());
        StringBuilder text = new StringBuilder();
        for (JournalEntry entry : entries) {
            text.append(toJson(entry)).append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        long mine;
        try {
            synchronized (this) {
                Files.createDirectories(folder);
                try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE)) {
                    ByteBuffer buffer = ByteBuffer.wrap(bytes);
                    while (buffer.hasRemaining()) {
                        out.write(buffer);
                    }
                }
                unsynced.add(file);
                mine = ++written;
            }
            synchronized (forceLock) {
                if (forced >= mine) {
                    return;
                }
                long upTo;
                Set<Path> files;
                synchronized (this) {
                    upTo = written;
                    files = new HashSet<>(unsynced);
                    unsynced.clear();
                }
                for (Path dirty : files) {
                    try (FileChannel channel = FileChannel.open(dirty, StandardOpenOption.WRITE)) {
                        channel.force(false);
                    }
                }
                forced = upTo;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every line of the run {@code journalId}, in order. A last line cut off by a crash is skipped.
     *
     * @throws IOException when there is no such run or it cannot be read
     */
    public List<JournalEntry> read(String journalId) throws IOException {
        Path file = file(journalId);
        if (!Files.exists(file)) {
            throw new IOException("there is no journal " + journalId + " in " + folder);
        }
        List<JournalEntry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                entries.add(fromJson(gson.fromJson(line, JsonObject.class)));
            } catch (JsonParseException | IllegalStateException | NullPointerException e) {
                // a line torn by a crash: the lines before it still count
            }
        }
        return entries;
    }

    /**
     * The ids of the runs recorded, oldest first: by the time of each run's first line (two runs can start within
     * the second an id names), then by id.
     */
    public List<String> ids() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> ids;
        try (Stream<Path> files = Files.list(folder)) {
            ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl"))
                    .map(n -> n.substring(0, n.length() - ".jsonl".length())).toList();
        }
        Map<String, Instant> started = new HashMap<>();
        for (String id : ids) {
            started.put(id, firstTime(file(id)));
        }
        return ids.stream().sorted(Comparator.comparing((String id) -> started.get(id),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Comparator.naturalOrder())).toList();
    }

    private Instant firstTime(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line == null ? null : Instant.parse(text(gson.fromJson(line, JsonObject.class), "time"));
        } catch (IOException | RuntimeException e) {
            return null; // an empty or torn file sorts last, by id
        }
    }

    private String toJson(JournalEntry e) {
        JsonObject o = new JsonObject();
        o.addProperty("journal", e.journal());
        o.addProperty("operator", e.operator());
        o.addProperty("time", e.time().toString());
        o.addProperty("feature", e.feature());
        o.addProperty("device", e.device());
        o.addProperty("address", e.address());
        o.addProperty("phase", e.phase());
        o.addProperty("setting", e.setting());
        o.addProperty("before", e.before());
        o.addProperty("after", e.after());
        o.addProperty("outcome", e.outcome());
        o.addProperty("reason", e.reason());
        return gson.toJson(o);
    }

    private static JournalEntry fromJson(JsonObject o) {
        return new JournalEntry(text(o, "journal"), text(o, "operator"), Instant.parse(text(o, "time")),
                text(o, "feature"), text(o, "device"), text(o, "address"), text(o, "phase"), text(o, "setting"),
                text(o, "before"), text(o, "after"), text(o, "outcome"), text(o, "reason"));
    }

    private static String text(JsonObject o, String name) {
        return o.has(name) && !o.get(name).isJsonNull() ? o.get(name).getAsString() : null;
    }

    @Override
    public String toString() {
        return "Journal[" + folder + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Journal j && j.folder.equals(folder);
    }

    @Override
    public int hashCode() {
        return Objects.hash(folder);
    }
}
