/**
 * NAT behaviour discovery (RFC 5780 sections 4.3 and 4.4) against an RFC 5780 STUN server, reported in the terms of
 * RFC 4787 (endpoint-independent, address-dependent, address-and-port-dependent mapping and filtering) and as the
 * classic NAT type (open internet, full cone, restricted cone, port-restricted cone, symmetric, UDP blocked), with the
 * verdict an operator needs: Device@Home and SIP@Home do not work behind a symmetric NAT.
 *
 * @since 0.1
 */
package io.patchbay.probe.nat;
