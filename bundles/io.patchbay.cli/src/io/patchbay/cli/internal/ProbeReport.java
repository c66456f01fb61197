package io.patchbay.cli.internal;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.GsonBuilder;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.cli.OutputFormat;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The report of one probe: JSON fields in order, each with an optional text label. Text prints the labelled fields
 * as aligned lines; JSON prints every field.
 */
final class ProbeReport {

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final Map<String, String> lines = new LinkedHashMap<>();

    /** A field shown in both formats. */
    ProbeReport put(String key, String label, Object value) {
        return put(key, label, value == null ? null : String.valueOf(value), value);
    }

    /** A field with one form for text ({@code 12.3 ms}) and another for JSON ({@code 12.3}). */
    ProbeReport put(String key, String label, String text, Object json) {
        if (json != null) {
            fields.put(key, json);
            lines.put(label, text);
        }
        return this;
    }

    /** A line only in text. */
    ProbeReport text(String label, String text) {
        lines.put(label, text);
        return this;
    }

    /** A field only in JSON. */
    ProbeReport json(String key, Object value) {
        if (value != null) {
            fields.put(key, value);
        }
        return this;
    }

    void print(CommandSpec spec, OutputFormat format) {
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(fields));
        } else {
            lines.forEach((label, text) -> out.printf("%-16s %s%n", label, text));
        }
        out.flush();
    }

    /**
     * A probe that got no answer: in text one line on stderr (exit 4); in JSON the report with {@code answered}
     * false and the problem.
     */
    int failed(CommandSpec spec, OutputFormat format, String problem) {
        if (format == OutputFormat.text) {
            throw new CliException(ExitCodes.TESTS_FAILED, problem);
        }
        json("answered", false);
        json("error", problem);
        print(spec, format);
        return ExitCodes.TESTS_FAILED;
    }

    /** Milliseconds with a tenth, for text and JSON alike. */
    static double millis(java.time.Duration duration) {
        return Math.round(duration.toNanos() / 1e5) / 10.0;
    }
}
