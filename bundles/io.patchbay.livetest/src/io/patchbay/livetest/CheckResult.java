package io.patchbay.livetest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The verdict of one check on one object: what was checked, against which rule, what was found and, when it failed,
 * what to do, with the evidence the probe brought back (round trip, mapped address, negotiated protocol …).
 *
 * @param check    what was checked, short, e.g. {@code STUN server} or {@code forward HFA TCP 4060}
 * @param outcome  passed, failed, or skipped
 * @param factId   the rule the check proves, e.g. {@code F-05}
 * @param message  one line: what was found (for a skipped check: why it did not run)
 * @param fix      what to do about a failure; empty for passed and skipped checks
 * @param evidence what the probe observed, by name, in the order added; never a secret
 * @since 0.1
 */
public record CheckResult(String check, Outcome outcome, String factId, String message, String fix,
        Map<String, String> evidence) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(outcome, "outcome");
        factId = factId == null ? "" : factId;
        message = message == null ? "" : message;
        fix = fix == null ? "" : fix;
        evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence == null ? Map.of() : evidence));
    }

    /** A passed check. */
    public static CheckResult passed(String check, String factId, String message) {
        return new CheckResult(check, Outcome.PASSED, factId, message, "", Map.of());
    }

    /** A failed check with what to do about it. */
    public static CheckResult failed(String check, String factId, String message, String fix) {
        return new CheckResult(check, Outcome.FAILED, factId, message, fix, Map.of());
    }

    /** A check that did not run, with the reason. */
    public static CheckResult skipped(String check, String factId, String reason) {
        return new CheckResult(check, Outcome.SKIPPED, factId, reason, "", Map.of());
    }

    /** This result with one more piece of evidence ({@code value}'s text; nothing when it is null). */
    public CheckResult with(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(evidence);
        more.put(name, String.valueOf(value));
        return new CheckResult(check, outcome, factId, message, fix, more);
    }
}
