package io.patchbay.fuzz;

import static io.patchbay.fuzz.Budget.require;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import io.patchbay.probe.internal.BindingResponder;
import io.patchbay.probe.stun.StunClass;
import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunParseException;

/**
 * The STUN server's binding responder ({@link BindingResponder#answer}, the pure function behind every STUN socket
 * of the twins and tests): any datagram or TCP frame, on any of the four sockets of an RFC 5780 server, over UDP or
 * TCP, with or without short-term credentials, is dropped or answered; an answer is a well-formed response with the
 * request's transaction id, sent from an existing socket, no larger than a datagram.
 * <p>
 * The first input byte chooses the responder and the receiving socket, the rest is the message.
 */
public final class StunResponderFuzzer {

    private static final BindingResponder PLAIN;
    private static final BindingResponder RFC5780;
    private static final BindingResponder AUTHENTICATED;
    private static final InetSocketAddress SOURCE;
    private static final InetSocketAddress SOURCE6;

    static {
        try {
            InetAddress primary = InetAddress.getByName("192.0.2.10");
            InetAddress alternate = InetAddress.getByName("192.0.2.11");
            InetSocketAddress[][] rfc5780 = {
                    { new InetSocketAddress(primary, 3478), new InetSocketAddress(primary, 3479) },
                    { new InetSocketAddress(alternate, 3478), new InetSocketAddress(alternate, 3479) } };
            InetSocketAddress[][] plain = { { new InetSocketAddress(primary, 3478) } };
            PLAIN = new BindingResponder(plain, "Patchbay fuzz", null, null);
            RFC5780 = new BindingResponder(rfc5780, null, null, null);
            AUTHENTICATED = new BindingResponder(plain, "Patchbay fuzz", "evtj:h6vY", "VOkJxbRl1RmTxUk/WvJxBt");
            SOURCE = new InetSocketAddress(InetAddress.getByName("203.0.113.7"), 40000);
            SOURCE6 = new InetSocketAddress(InetAddress.getByName("2001:db8::7"), 40001);
        } catch (UnknownHostException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private StunResponderFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Budget.check("BindingResponder.answer", input, () -> run(input));
    }

    static void run(byte[] input) {
        int choice = input[0] & 0xFF;
        byte[] message = Arrays.copyOfRange(input, 1, input.length);
        int responder = choice % 3;
        boolean rfc5780 = responder == 1;
        int addressIndex = rfc5780 ? (choice >> 2) & 1 : 0;
        int portIndex = rfc5780 ? (choice >> 3) & 1 : 0;
        boolean udp = (choice & 0x10) == 0;
        InetSocketAddress source = (choice & 0x20) == 0 ? SOURCE : SOURCE6;
        BindingResponder.Answer answer = (responder == 0 ? PLAIN : rfc5780 ? RFC5780 : AUTHENTICATED)
                .answer(message, message.length, source, addressIndex, portIndex, udp);
        if (answer == null) {
            return;
        }
        StunMessage request;
        try {
            request = StunMessage.decode(message);
        } catch (StunParseException e) {
            throw new Budget.PropertyViolated("the responder answered bytes that do not decode: " + e.getMessage());
        }
        StunMessage response = answer.message();
        require(response.messageClass() == StunClass.SUCCESS_RESPONSE
                || response.messageClass() == StunClass.ERROR_RESPONSE, "the responder answered with a "
                        + response.messageClass());
        require(response.sameTransaction(request), "the answer carries another transaction id");
        require(response.length() <= 1500, "an answer of " + response.length() + " bytes does not fit a datagram");
        int sockets = rfc5780 ? 2 : 1;
        require(answer.addressIndex() >= 0 && answer.addressIndex() < sockets && answer.portIndex() >= 0
                && answer.portIndex() < sockets, "the answer is to go out of a socket the server does not have");
        require(answer.destination() != null && answer.destination().getAddress().equals(source.getAddress()),
                "the answer is to go to another host than the request's source");
        try {
            StunMessage.decode(response.encode());
        } catch (StunParseException e) {
            throw new Budget.PropertyViolated("the responder's answer does not decode: " + e.getMessage());
        }
    }
}
