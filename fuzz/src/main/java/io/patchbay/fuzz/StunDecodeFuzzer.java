package io.patchbay.fuzz;

import static io.patchbay.fuzz.Budget.require;

import java.util.Arrays;

import io.patchbay.probe.stun.StunAttribute;
import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunParseException;

/**
 * {@link StunMessage#decode}: any bytes give a message or a {@link StunParseException}; every typed accessor of a
 * decoded message answers without throwing; the message re-encodes to the same bytes, decodes to the same message,
 * and a message rebuilt from its attributes by the builder has the same bytes (when it carries no
 * MESSAGE-INTEGRITY, which needs the key).
 */
public final class StunDecodeFuzzer {

    private static final byte[] KEY = StunMessage.shortTermKey("VOkJxbRl1RmTxUk/WvJxBt");

    private StunDecodeFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] input) throws Exception {
        Budget.check("StunMessage.decode", input, () -> run(input));
    }

    static void run(byte[] input) {
        StunMessage message;
        try {
            message = StunMessage.decode(input);
        } catch (StunParseException expected) {
            return;
        }
        message.xorMappedAddress();
        message.mappedAddress();
        message.reflexiveAddress();
        message.otherAddress();
        message.responseOrigin();
        message.alternateServer();
        message.software();
        message.username();
        message.errorCode();
        message.unknownAttributes();
        message.changeRequest();
        message.responsePort();
        message.hasFingerprint();
        message.verifyIntegrity(KEY);
        message.toString();
        for (StunAttribute attribute : message.attributes()) {
            attribute.toString();
        }

        byte[] encoded = message.encode();
        require(Arrays.equals(encoded, input), "a decoded STUN message re-encodes to other bytes");
        StunMessage again;
        try {
            again = StunMessage.decode(encoded);
        } catch (StunParseException e) {
            throw new Budget.PropertyViolated("a re-encoded STUN message no longer decodes: " + e.getMessage());
        }
        require(again.messageClass() == message.messageClass() && again.method() == message.method()
                && Arrays.equals(again.transactionId(), message.transactionId())
                && again.attributes().equals(message.attributes()), "a re-encoded STUN message decodes differently");

        if (!message.hasMessageIntegrity()) {
            StunMessage.Builder builder = StunMessage.builder(message.messageClass(), message.method())
                    .transactionId(message.transactionId());
            for (StunAttribute attribute : message.attributes()) {
                if (attribute.type() != StunAttribute.FINGERPRINT) {
                    builder.attribute(attribute);
                }
            }
            if (message.hasFingerprint()) {
                builder.fingerprint();
            }
            require(Arrays.equals(builder.build().encode(), input),
                    "the builder, given a decoded message's attributes, writes other bytes");
        }
    }
}
