package io.patchbay.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.patchbay.model.AtomicFiles;

/**
 * The demo estate a new user sees: a small, realistic estate (two customers' sites with an OpenScape Business X3 and
 * an S, stations and phones, a company router, a Buffalo router, an RSIP server) that runs on the device simulators.
 * <p>
 * The estate ships inside this bundle and is copied out before use, so that the operator's edits go to a file of
 * their own and never into the installation.
 *
 * @since 0.1
 */
public final class DemoEstate {

    /** The file name the demo estate has in the folder it is installed into. */
    public static final String FILE_NAME = "demo.estate";

    private static final String RESOURCE = "/demo/" + FILE_NAME;

    private DemoEstate() {
    }

    /**
     * Copies the demo estate into {@code folder} unless a copy is already there, and returns its path. An existing copy
     * is left as it is: it may hold the operator's changes.
     *
     * @throws UncheckedIOException if the folder cannot be created or written
     */
    public static Path installInto(Path folder) {
        Path target = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(target)) {
            return target;
        }
        return copyTo(target);
    }

    /** Writes a fresh copy of the demo estate to {@code target}, replacing what is there. */
    public static Path copyTo(Path target) {
        try (InputStream in = open()) {
            AtomicFiles.write(target, in::transferTo);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo estate to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The demo estate as shipped, as XMI. */
    public static InputStream open() throws IOException {
        InputStream in = DemoEstate.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("The demo estate " + RESOURCE + " is missing from bundle io.patchbay.demo");
        }
        return in;
    }
}
