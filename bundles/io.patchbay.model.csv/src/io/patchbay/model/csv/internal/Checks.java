package io.patchbay.model.csv.internal;

import java.util.function.Function;

import io.patchbay.model.PortRange;

/** Checks of attribute values beyond their type, shared by the kinds; each returns a message or null. */
final class Checks {

    private Checks() {
    }

    /** A port 1–65535; {@code usual} ends the message, e.g. "SSH: 22". */
    static Function<Object, String> port(String usual) {
        return value -> {
            int port = (Integer) value;
            return port >= PortRange.MIN_PORT && port <= PortRange.MAX_PORT ? null
                    : "'" + port + "' is not a port; write a number from 1 to 65535 (" + usual + ")";
        };
    }

    /** A port 1–65535, or 0 for "not configured, the other side's default"; {@code zero} says what 0 means. */
    static Function<Object, String> portOrZero(String zero) {
        return value -> {
            int port = (Integer) value;
            return port == 0 || port >= PortRange.MIN_PORT && port <= PortRange.MAX_PORT ? null
                    : "'" + port + "' is not a port; write a number from 1 to 65535, or 0 (or nothing) for " + zero;
        };
    }
}
