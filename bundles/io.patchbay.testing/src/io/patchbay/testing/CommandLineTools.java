package io.patchbay.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real tools a user would check certificates with: the {@code openssl} command and the {@code keytool} of the
 * JDK the tests run on. A test whose tool is missing is skipped, with the reason.
 */
public final class CommandLineTools {

    /** What a finished command gave: its exit code and its output, stderr included. */
    public record Result(int exitCode, String output) {
    }

    private CommandLineTools() {
    }

    /** The {@code openssl} command on the {@code PATH}; skips the calling test when it is not installed. */
    public static Path openssl() {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(folder, "openssl");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "the openssl command is not installed (apt-get install openssl); the certificates cannot"
                + " be checked by it");
        return null;
    }

    /** The {@code keytool} of the JDK the tests run on; skips the calling test when it has none. */
    public static Path keytool() {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "the Java runtime " + System.getProperty("java.home")
                + " has no keytool; the PKCS#12 file cannot be checked by it");
        return keytool;
    }

    /** Runs {@code command} with extra {@code environment}, stderr into the output, for at most 60 s. */
    public static Result run(Map<String, String> environment, Object... command)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>();
        for (Object part : command) {
            arguments.add(part.toString());
        }
        ProcessBuilder builder = new ProcessBuilder(arguments).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "did not finish in 60 s: " + arguments);
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Runs {@code command}, stderr into the output, for at most 60 s. */
    public static Result run(Object... command) throws IOException, InterruptedException {
        return run(Map.of(), command);
    }
}
