package io.patchbay.core;

import java.nio.file.Path;

/**
 * The folder where Patchbay keeps the operator's own files: the vault, the demo estate's copy, the twins' state. It is
 * {@code ~/.patchbay} unless the system or framework property {@value #PROPERTY} names another (tests use a
 * temporary one).
 *
 * @since 0.1
 */
public final class PatchbayHome {

    /** The property that moves the folder. */
    public static final String PROPERTY = "patchbay.home";

    private PatchbayHome() {
    }

    /** The folder (not created here). */
    public static Path folder() {
        String configured = System.getProperty(PROPERTY);
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".patchbay");
    }
}
