package io.patchbay.cli.internal;

import java.time.Duration;

import io.patchbay.cli.OutputFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every one-shot probe shares ({@code @Mixin}): how long to wait, and text or JSON. */
final class ProbeOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--timeout", paramLabel = "MS", defaultValue = "3000",
            description = "give up after MS milliseconds (default: ${DEFAULT-VALUE})")
    long timeoutMillis;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    /** The timeout; a bad value is a usage error (exit 2). */
    Duration timeout() {
        if (timeoutMillis < 1) {
            throw new ParameterException(spec.commandLine(), "--timeout must be at least 1 ms");
        }
        return Duration.ofMillis(timeoutMillis);
    }
}
