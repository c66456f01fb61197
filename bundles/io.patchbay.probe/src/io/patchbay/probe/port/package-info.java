/**
 * Reachability of a TCP port, and of a TLS service behind it: connect time, the TLS handshake (protocol, cipher, the
 * peer's chain checked against a given CA and the target's name or address), and a verdict that tells refused,
 * timeout, TLS failure and an untrusted certificate apart.
 *
 * @since 0.1
 */
package io.patchbay.probe.port;
