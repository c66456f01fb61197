package io.patchbay.cli;

/**
 * The {@code --format} choices shared by the commands: text for people, JSON for scripts.
 *
 * @since 0.1
 */
public enum OutputFormat {
    text, json
}
