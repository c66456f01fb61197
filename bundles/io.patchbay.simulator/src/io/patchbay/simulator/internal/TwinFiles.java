package io.patchbay.simulator.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The files of a twin's shell: ordinary files kept below a folder on disk (so they survive a restart of the twin, as
 * a host's disk does), and read-only files the kernel makes up on every read ({@code /proc/…}). Paths are absolute
 * twin paths such as {@code /etc/rsipd.conf}; none can reach outside the folder.
 */
public final class TwinFiles {

    private final Path root;
    private final Map<String, Supplier<String>> generated = new ConcurrentHashMap<>();

    /** Files kept below {@code root} (created when missing). */
    public TwinFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A read-only file whose content {@code content} gives on every read, like {@code /proc/sys/…}. */
    public void generate(String path, Supplier<String> content) {
        generated.put(normal(path), content);
    }

    /** The content of {@code path}, or empty when there is no such file. */
    public Optional<String> read(String path) throws IOException {
        String name = normal(path);
        Supplier<String> made = generated.get(name);
        if (made != null) {
            return Optional.of(made.get());
        }
        Path file = onDisk(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces (or, with {@code append}, extends) the content of {@code path}; parent folders are made as needed.
     *
     * @throws IOException when the file is one of the read-only made-up files, or the disk fails
     */
    public synchronized void write(String path, String content, boolean append) throws IOException {
        String name = writable(path);
        Path file = onDisk(name);
        Files.createDirectories(file.getParent());
        String text = append && Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) + content
                : content;
        Path temp = file.resolveSibling("." + file.getFileName() + ".twin-tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        move(temp, file);
    }

    /** Renames {@code from} to {@code to} at once, as {@code mv} on one file system does; false when missing. */
    public synchronized boolean rename(String from, String to) throws IOException {
        Path source = onDisk(writable(from));
        Path target = onDisk(writable(to));
        if (!Files.isRegularFile(source)) {
            return false;
        }
        Files.createDirectories(target.getParent());
        move(source, target);
        return true;
    }

    /** Removes {@code path}; false when there was no such file. */
    public synchronized boolean delete(String path) throws IOException {
        return Files.deleteIfExists(onDisk(writable(path)));
    }

    /** Empties a folder that lives in RAM on the device ({@code /tmp}, {@code /var}), as a reboot does. */
    public synchronized void clear(String folder) throws IOException {
        Path top = onDisk(writable(folder));
        if (!Files.isDirectory(top)) {
            return;
        }
        try (var paths = Files.walk(top)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!path.equals(top)) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Whether {@code path} is a file. */
    public boolean exists(String path) throws IOException {
        return read(path).isPresent();
    }

    private String writable(String path) throws IOException {
        String name = normal(path);
        if (generated.containsKey(name) || name.startsWith("/proc/")) {
            throw new IOException("Read-only file system");
        }
        return name;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path onDisk(String name) throws IOException {
        Path file = root.resolve(name.substring(1)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IOException("Is a directory");
        }
        return file;
    }

    /** {@code /etc//x/../rsipd.conf} → {@code /etc/rsipd.conf}; relative paths are taken from {@code /root}. */
    private static String normal(String path) {
        String absolute = path.startsWith("/") ? path : "/root/" + path;
        return Path.of(absolute).normalize().toString();
    }
}
