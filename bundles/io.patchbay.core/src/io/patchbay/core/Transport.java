package io.patchbay.core;

/**
 * Opens sessions to devices over one protocol. Implementations are OSGi services registered with the service
 * property {@value #PROTOCOL} naming the protocol (e.g. {@code (patchbay.transport=ssh)}); find one with that
 * filter. A transport is stateless between sessions and safe to use from many threads at once.
 *
 * @since 0.1
 */
public interface Transport {

    /** Service property naming the protocol of a transport, e.g. {@code ssh}. */
    String PROTOCOL = "patchbay.transport";

    /** The protocol, the value of the {@value #PROTOCOL} service property. */
    String protocol();

    /**
     * Connects and authenticates within {@link ConnectionSpec#connectTimeout()}, checking the device's host key
     * against {@link ConnectionSpec#knownHosts()} (trusting and recording it on first use if the store does so).
     *
     * @return an open session; close it when done
     * @throws TransportException {@code UNREACHABLE}, {@code TIMEOUT}, {@code AUTH_FAILED}, {@code HOST_KEY_UNKNOWN},
     *                            {@code HOST_KEY_MISMATCH}, {@code PROTOCOL_ERROR}, {@code CONNECTION_LOST} or
     *                            {@code CANCELLED}; nothing stays open after a failure
     */
    TransportSession open(ConnectionSpec spec) throws TransportException;
}
