package io.patchbay.cli.internal;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;

import io.patchbay.cli.CliException;
import io.patchbay.cli.ExitCodes;
import io.patchbay.probe.HostAndPort;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Turns a HOST[:PORT] argument into an address, with the errors a user can act on. */
final class ProbeTargets {

    /** The STUN port of RFC 5389 (F-05). */
    static final int STUN_PORT = 3478;

    private ProbeTargets() {
    }

    static InetSocketAddress resolve(CommandSpec spec, String target, int defaultPort) {
        HostAndPort parsed;
        try {
            parsed = HostAndPort.parse(target, defaultPort);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad HOST[:PORT]: " + e.getMessage());
        }
        try {
            return parsed.resolve();
        } catch (UnknownHostException e) {
            throw new CliException(ExitCodes.USAGE, "cannot resolve host '" + parsed.host() + "'; check the name");
        }
    }
}
