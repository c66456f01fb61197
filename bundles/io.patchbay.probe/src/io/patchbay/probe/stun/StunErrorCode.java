package io.patchbay.probe.stun;

/**
 * The ERROR-CODE attribute of an error response (RFC 5389 section 15.6).
 *
 * @param code 300–699
 * @param reason the reason phrase the server sent, possibly empty
 * @since 0.1
 */
public record StunErrorCode(int code, String reason) {

    public static final int TRY_ALTERNATE = 300;
    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int UNKNOWN_ATTRIBUTE = 420;
    public static final int SERVER_ERROR = 500;

    public StunErrorCode {
        if (code < 300 || code > 699) {
            throw new IllegalArgumentException("STUN error code " + code + " is not between 300 and 699");
        }
        reason = reason == null ? "" : reason;
    }

    @Override
    public String toString() {
        return reason.isEmpty() ? Integer.toString(code) : code + " " + reason;
    }
}
