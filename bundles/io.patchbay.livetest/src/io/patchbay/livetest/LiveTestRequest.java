package io.patchbay.livetest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.patchbay.probe.HostAndPort;

/**
 * What to run.
 *
 * @param suites               suite ids to run; empty: every suite
 * @param selection            ids of estate objects; an object is selected when it or one of its containers (site,
 *                             customer) is listed; empty: every object a suite applies to
 * @param parallelism          how many objects are tested at once, at least 1
 * @param timeout              how long one probe may wait
 * @param servicelinkEndpoints the RSP.servicelink tunnel endpoints (F-41) to test for an estate that lists none;
 *                             empty: the defaults shipped in {@code io.patchbay.model}. An estate's own list always
 *                             wins.
 * @param stunFallback         a STUN server used to measure the NAT type (F-03) in front of a system that names no
 *                             STUN server, or {@code null} for none. It never makes F-05 pass: that rule is about the
 *                             system's own configuration.
 * @since 0.1
 */
public record LiveTestRequest(List<String> suites, List<String> selection, int parallelism, Duration timeout,
        List<Endpoint> servicelinkEndpoints, HostAndPort stunFallback) {

    /** The default probe timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

    /**
     * An RSP.servicelink tunnel endpoint given by the operator rather than the estate.
     *
     * @param role what the endpoint is, e.g. "primary load balancer"; names the check ("endpoint ROLE")
     * @param host a name or an address
     * @param port 1–65535
     * @since 0.1
     */
    public record Endpoint(String role, String host, int port) {

        public Endpoint {
            if (role == null || role.isBlank()) {
                throw new IllegalArgumentException("an RSP.servicelink endpoint needs a role, e.g. 'primary load"
                        + " balancer'");
            }
            role = role.strip();
            new HostAndPort(host == null ? null : host.strip(), port); // the same rules as every probe target
            host = host.strip();
        }
    }

    public LiveTestRequest {
        suites = List.copyOf(suites);
        selection = List.copyOf(selection);
        servicelinkEndpoints = servicelinkEndpoints == null ? List.of() : List.copyOf(servicelinkEndpoints);
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the probe timeout must be positive");
        }
    }

    /** What to run without endpoints of the operator's and without a fallback STUN server. */
    public LiveTestRequest(List<String> suites, List<String> selection, int parallelism, Duration timeout) {
        this(suites, selection, parallelism, timeout, List.of(), null);
    }

    /** Every suite on every object, four objects at once, {@link #DEFAULT_TIMEOUT}. */
    public static LiveTestRequest all() {
        return new LiveTestRequest(List.of(), List.of(), 4, DEFAULT_TIMEOUT);
    }

    public LiveTestRequest withSuites(List<String> ids) {
        return new LiveTestRequest(ids, selection, parallelism, timeout, servicelinkEndpoints, stunFallback);
    }

    public LiveTestRequest withSelection(List<String> ids) {
        return new LiveTestRequest(suites, ids, parallelism, timeout, servicelinkEndpoints, stunFallback);
    }

    public LiveTestRequest withParallelism(int objects) {
        return new LiveTestRequest(suites, selection, objects, timeout, servicelinkEndpoints, stunFallback);
    }

    public LiveTestRequest withTimeout(Duration probeTimeout) {
        return new LiveTestRequest(suites, selection, parallelism, probeTimeout, servicelinkEndpoints, stunFallback);
    }

    /**
     * The RSP.servicelink endpoints to test for estates that list none, instead of the shipped defaults.
     *
     * @param endpoints the endpoints in the order they are tested; empty: the shipped defaults
     */
    public LiveTestRequest withServicelinkEndpoints(List<Endpoint> endpoints) {
        return new LiveTestRequest(suites, selection, parallelism, timeout, endpoints, stunFallback);
    }

    /**
     * The STUN server that measures the NAT type (F-03) for a system that names none; F-05 still fails for such a
     * system, and the NAT check says which server it measured with.
     *
     * @param host the console's STUN server; {@code null} or blank: none
     * @param port its UDP port, 1–65535 (ignored without a host)
     * @throws IllegalArgumentException if the port is out of range
     */
    public LiveTestRequest withStunFallback(String host, int port) {
        HostAndPort server = host == null || host.isBlank() ? null : new HostAndPort(host.strip(), port);
        return new LiveTestRequest(suites, selection, parallelism, timeout, servicelinkEndpoints, server);
    }

    /** The fallback STUN server, if any. */
    public Optional<HostAndPort> stunFallbackServer() {
        return Optional.ofNullable(stunFallback);
    }
}
