package io.patchbay.probe.sip;

import java.util.List;

/**
 * A pass or fail with the fact it checks, one line for an operator and the observations behind it.
 *
 * @param ok whether the check passed
 * @param fact the domain fact checked, e.g. {@code F-22}
 * @param message one line: what was found and, when it fails, what to do
 * @param details one line per observation (port and transport probed, address compared)
 * @since 0.1
 */
public record SipVerdict(boolean ok, String fact, String message, List<String> details) {

    public SipVerdict {
        details = List.copyOf(details);
    }
}
