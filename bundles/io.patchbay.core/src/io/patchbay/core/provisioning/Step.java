package io.patchbay.core.provisioning;

import java.util.List;
import java.util.Objects;

import io.patchbay.core.SnmpVarBind;

/**
 * One step of a {@link ChangePlan}: what it does, for the operator, and how: either device commands, run in order
 * through an exec channel (each must exit 0), or SNMP varbinds, sent as one SET that the device applies all or
 * nothing. Which of the two a step carries follows its provisioner's {@link Provisioner#protocol()}.
 *
 * @param description one line, e.g. "set NVRAM forward_spec"
 * @param commands    the command lines, e.g. {@code nvram commit}; empty for an SNMP step
 * @param sets        the typed varbinds of one SNMP SET, in the order the device accepts them; empty for an SSH
 *                    step. Secrets are {@linkplain io.patchbay.core.SnmpValue#secret(char[]) masked values}.
 * @since 0.1
 */
public record Step(String description, List<String> commands, List<SnmpVarBind> sets) {

    public Step {
        Objects.requireNonNull(description, "description");
        commands = List.copyOf(commands);
        sets = List.copyOf(sets);
    }

    /** A step of command lines (SSH). */
    public Step(String description, List<String> commands) {
        this(description, commands, List.of());
    }

    /** A step of one command. */
    public static Step of(String description, String command) {
        return new Step(description, List.of(command));
    }

    /** A step of one all-or-nothing SNMP SET of {@code varbinds}, in order. */
    public static Step snmpSet(String description, List<SnmpVarBind> varbinds) {
        return new Step(description, List.of(), varbinds);
    }
}
