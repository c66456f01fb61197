package io.patchbay.livetest;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.patchbay.core.Credential;
import io.patchbay.model.Estate;
import io.patchbay.probe.HostAndPort;

/**
 * What a suite may use while it runs on one object: the estate, the probe timeout, cancellation, progress, and the
 * credential vault.
 *
 * @since 0.1
 */
public interface LiveTestContext {

    /** The estate the object belongs to (read only: a suite never changes it). */
    Estate estate();

    /** How long one probe may wait for its peer. */
    Duration timeout();

    /** Whether the run was cancelled: a suite checks it between probes and stops with what it has. */
    boolean isCancelled();

    /** Reports what the suite is doing now, one short line (e.g. "NAT discovery against 192.0.2.1:3478"). */
    void progress(String message);

    /**
     * The credential stored in the vault under {@code reference}, or empty when there is none or no vault. The
     * caller destroys it when done; it must never appear in a result.
     */
    Optional<Credential> credential(String reference);

    /**
     * The RSP.servicelink endpoints the operator set for estates that list none ({@link
     * LiveTestRequest#servicelinkEndpoints()}); empty: the shipped defaults apply.
     */
    default List<LiveTestRequest.Endpoint> servicelinkEndpoints() {
        return List.of();
    }

    /** The operator's STUN server for measuring the NAT type of systems that name none, if any. */
    default Optional<HostAndPort> stunFallback() {
        return Optional.empty();
    }
}
