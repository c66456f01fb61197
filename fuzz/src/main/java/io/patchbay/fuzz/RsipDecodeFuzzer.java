package io.patchbay.fuzz;

import static io.patchbay.fuzz.Budget.require;

import java.util.Arrays;

import io.patchbay.probe.rsip.RsipMessage;
import io.patchbay.probe.rsip.RsipParameter;
import io.patchbay.probe.rsip.RsipParseException;

/**
 * {@link RsipMessage#decode} and {@link RsipMessage#length}: any bytes give a message or an
 * {@link RsipParseException}; the typed accessors of a decoded message never throw (its Javadoc promises it); the
 * message re-encodes to exactly the bytes it came from and decodes to an equal message.
 */
public final class RsipDecodeFuzzer {

    private RsipDecodeFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] input) throws Exception {
        Budget.check("RsipMessage.decode", input, () -> run(input));
    }

    static void run(byte[] input) {
        try {
            int length = RsipMessage.length(input);
            require(length >= RsipMessage.HEADER && length <= 0xFFFF, "an overall length of " + length);
        } catch (RsipParseException expected) {
            // not a header
        }
        RsipMessage message;
        try {
            message = RsipMessage.decode(input);
        } catch (RsipParseException expected) {
            return;
        }
        message.clientId();
        message.bindId();
        message.leaseTime();
        message.messageCounter();
        message.error().ifPresent(RsipMessage::errorName);
        message.tunnelType();
        message.method();
        message.address();
        message.ports();
        message.toString();
        RsipMessage.typeName(message.type());
        for (RsipParameter parameter : message.parameters()) {
            parameter.address();
            parameter.ports();
            parameter.unsigned();
            parameter.toString();
        }
        byte[] encoded = message.encode();
        require(Arrays.equals(encoded, input), "a decoded RSIP message re-encodes to other bytes");
        try {
            require(RsipMessage.decode(encoded).equals(message), "a re-encoded RSIP message decodes differently");
        } catch (RsipParseException e) {
            throw new Budget.PropertyViolated("a re-encoded RSIP message no longer decodes: " + e.getMessage());
        }
    }
}
