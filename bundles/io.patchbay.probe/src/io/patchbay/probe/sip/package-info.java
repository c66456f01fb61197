/**
 * SIP (RFC 3261) as far as probes need it: is a system answering on the SIP ports F-22 names, what did it see of
 * us, and does a registration with Digest credentials pass.
 * <ul>
 * <li>{@link io.patchbay.probe.sip.SipMessage}: the codec, tolerant of compact header names and multi-value lines;
 * {@link io.patchbay.probe.sip.SipMessage#decode(byte[])} returns a message or throws
 * {@link io.patchbay.probe.sip.SipParseException}, never anything else; {@link io.patchbay.probe.sip.SipVia},
 * {@link io.patchbay.probe.sip.SipUri} and {@link io.patchbay.probe.sip.DigestChallenge} read the header values a
 * probe looks at.</li>
 * <li>{@link io.patchbay.probe.sip.SipClient}: OPTIONS and REGISTER over UDP, TCP and TLS, with one Digest answer
 * (MD5 or SHA-256, {@code qop=auth} or none), returning a {@link io.patchbay.probe.sip.SipResult}: code, round trip,
 * the address the far side saw ({@code received}/{@code rport}) and the Contact it holds.</li>
 * <li>{@link io.patchbay.probe.sip.SipServer}: a small registrar for simulators and tests.</li>
 * <li>{@link io.patchbay.probe.sip.SipChecks}: the F-22 and F-24 verdicts built on those results.</li>
 * </ul>
 *
 * @since 0.1
 */
package io.patchbay.probe.sip;
