package io.patchbay.cli.internal;

import java.nio.file.Path;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.model.Estate;
import io.patchbay.model.EstateFileException;
import io.patchbay.model.EstateResources;

/** The estate file a command was given: loaded whole, or a one-line located error and exit code 2. */
final class EstateArguments {

    private EstateArguments() {
    }

    static Estate load(Path file) {
        try {
            return EstateResources.load(file);
        } catch (EstateFileException e) {
            throw new CliException(ExitCodes.USAGE, "cannot read the estate " + e.getMessage(), e);
        }
    }
}
