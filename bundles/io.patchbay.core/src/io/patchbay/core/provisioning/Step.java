package io.patchbay.core.provisioning;

import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link ChangePlan}: what it does, for the operator, and the device commands that do it, run in
 * order through an exec channel; each must exit 0.
 *
 * @param description one line, e.g. "set NVRAM forward_spec"
 * @param commands    the command lines, e.g. {@code nvram commit}
 * @since 0.1
 */
public record Step(String description, List<String> commands) {

    public Step {
        Objects.requireNonNull(description, "description");
        commands = List.copyOf(commands);
    }

    /** A step of one command. */
    public static Step of(String description, String command) {
        return new Step(description, List.of(command));
    }
}
