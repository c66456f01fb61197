package io.patchbay.fuzz;

import static io.patchbay.fuzz.Budget.require;

import java.util.Arrays;
import java.util.List;

import io.patchbay.probe.sip.DigestChallenge;
import io.patchbay.probe.sip.SipMessage;
import io.patchbay.probe.sip.SipParseException;
import io.patchbay.probe.sip.SipUri;
import io.patchbay.probe.sip.SipVia;

/**
 * {@link SipMessage#decode} of a datagram and the header parsers the client and server use on what arrives (Via,
 * CSeq, From/To/Contact URIs, Digest challenges): any bytes give a value or a {@link SipParseException}. A decoded
 * message re-encodes and decodes to the same start line, headers (Content-Length aside, which encoding rewrites) and
 * body, and encoding is then stable.
 */
public final class SipDecodeFuzzer {

    private SipDecodeFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] input) throws Exception {
        Budget.check("SipMessage.decode", input, () -> run(input));
    }

    static void run(byte[] input) {
        SipMessage message;
        try {
            message = SipMessage.decode(input);
        } catch (SipParseException expected) {
            return;
        }
        readHeaders(message);

        byte[] encoded = message.encode();
        SipMessage again;
        try {
            again = SipMessage.decode(encoded);
        } catch (SipParseException e) {
            throw new Budget.PropertyViolated("a decoded SIP message, re-encoded, no longer decodes: "
                    + e.getMessage());
        }
        require(same(message.method(), again.method()) && same(message.requestUri(), again.requestUri())
                && message.statusCode() == again.statusCode() && same(message.reason(), again.reason()),
                () -> "a re-encoded SIP message has another start line: '" + message.method() + " " + message.requestUri()
                        + "' / '" + message.reason() + "' became '" + again.method() + " " + again.requestUri()
                        + "' / '" + again.reason() + "'");
        require(withoutLength(message.headers()).equals(withoutLength(again.headers())),
                () -> "a re-encoded SIP message has other headers: " + message.headers() + " became " + again.headers());
        require(Arrays.equals(message.body(), again.body()), "a re-encoded SIP message has another body");
        require(Arrays.equals(encoded, again.encode()), "encoding a SIP message twice gives other bytes");
    }

    /** Every header accessor the probe and the server use; each returns or throws SipParseException. */
    static void readHeaders(SipMessage message) {
        message.toString();
        for (String name : List.of("Via", "Contact", "Route", "Record-Route", "From", "To", "Call-ID", "Expires")) {
            message.headers(name);
        }
        try {
            message.topVia().ifPresent(via -> {
                via.branch();
                via.received();
                via.rport();
                roundTripVia(via);
            });
        } catch (SipParseException expected) {
            // a Via the server cannot read
        }
        for (String via : message.headers("Via")) {
            try {
                roundTripVia(SipVia.parse(via));
            } catch (SipParseException expected) {
                // as above
            }
        }
        try {
            message.cseq();
        } catch (SipParseException expected) {
            // a CSeq the server cannot read
        }
        for (String name : List.of("From", "To", "Contact")) {
            for (String value : message.headers(name)) {
                try {
                    SipUri uri = SipUri.parse(value);
                    uri.hostPort();
                } catch (SipParseException expected) {
                    // no URI in it
                }
            }
        }
        for (String name : List.of("WWW-Authenticate", "Proxy-Authenticate", "Authorization")) {
            for (String value : message.headers(name)) {
                try {
                    DigestChallenge challenge = DigestChallenge.parse(value);
                    challenge.realm();
                    challenge.nonce();
                    challenge.algorithm();
                    challenge.offersAuthQop();
                } catch (SipParseException expected) {
                    // not a Digest challenge
                }
            }
        }
    }

    /** A parsed Via, formatted, parses to the same Via (the server writes received and rport into it). */
    private static void roundTripVia(SipVia via) {
        SipVia again;
        try {
            again = SipVia.parse(via.format());
        } catch (SipParseException e) {
            throw new Budget.PropertyViolated("Via '" + via.format() + "', written by the server, does not parse: "
                    + e.getMessage());
        }
        require(again.equals(via), () -> "Via " + via + " formatted and parsed again became " + again);
    }

    private static List<SipMessage.Header> withoutLength(List<SipMessage.Header> headers) {
        return headers.stream().filter(h -> !h.name().equals("Content-Length")).toList();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
