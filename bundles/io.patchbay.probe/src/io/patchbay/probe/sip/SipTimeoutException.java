package io.patchbay.probe.sip;

/**
 * No final answer arrived in time: the system does not listen on that port and transport (F-22: 5070/5071, not
 * 5060–5062), the router does not forward it (F-23), or the path drops SIP.
 *
 * @since 0.1
 */
public final class SipTimeoutException extends SipProbeException {

    private static final long serialVersionUID = 1L;

    public SipTimeoutException(String message) {
        super(message);
    }
}
