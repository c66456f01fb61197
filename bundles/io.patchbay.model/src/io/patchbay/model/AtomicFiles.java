package io.patchbay.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writing a file completely or not at all: the content goes to a new file beside the target, which then replaces the
 * target in one atomic rename. A crash or an error while writing leaves the old file as it was.
 * <p>
 * A replaced file keeps its permissions; a new one gets the ordinary permissions of a new file (the umask's), never
 * the owner-only ones of {@link Files#createTempFile}.
 *
 * @since 0.1
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code content} to {@code target}, creating missing folders.
     *
     * @throws IOException if the folder or the file cannot be written; {@code target} is then unchanged
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath();
        Files.createDirectories(file.getParent());
        Path partial = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepPermissions(file, partial);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        if (Files.exists(existing) && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        }
    }
}
