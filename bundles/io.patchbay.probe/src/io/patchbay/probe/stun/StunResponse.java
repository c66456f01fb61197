package io.patchbay.probe.stun;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The answer to one STUN transaction, with where it came from and how long it took.
 *
 * @param message the response (success or error class) with the request's transaction id
 * @param from the transport address the response came from (differs from the server's after a CHANGE-REQUEST)
 * @param local the client's own transport address
 * @param roundTrip from the first transmission to the answer
 * @param transmissions how many times the request was sent before the answer came (1 over TCP)
 * @param tcp whether the transaction ran over TCP
 * @since 0.1
 */
public record StunResponse(StunMessage message, InetSocketAddress from, InetSocketAddress local, Duration roundTrip,
        int transmissions, boolean tcp) {

    /** A success response (an error response carries {@link StunMessage#errorCode()}). */
    public boolean isSuccess() {
        return message.messageClass() == StunClass.SUCCESS_RESPONSE;
    }
}
