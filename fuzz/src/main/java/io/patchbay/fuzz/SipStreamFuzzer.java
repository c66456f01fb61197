package io.patchbay.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import io.patchbay.probe.sip.SipMessage;
import io.patchbay.probe.sip.SipParseException;

/**
 * {@link SipMessage#read}, the framing of SIP over TCP and TLS: a stream of any bytes yields messages until the end,
 * a {@link SipParseException} or an {@link IOException} (the stream ended inside a message); every byte read is one
 * the stream held, so the loop ends.
 */
public final class SipStreamFuzzer {

    private SipStreamFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] input) throws Exception {
        Budget.check("SipMessage.read", input, () -> run(input));
    }

    static void run(byte[] input) {
        ByteArrayInputStream in = new ByteArrayInputStream(input);
        try {
            for (int messages = 0;; messages++) {
                SipMessage message = SipMessage.read(in);
                if (message == null) {
                    return;
                }
                SipDecodeFuzzer.readHeaders(message);
                Budget.require(messages <= input.length, "more messages than bytes in the stream");
            }
        } catch (SipParseException | IOException expected) {
            // the end of a broken stream
        }
    }
}
