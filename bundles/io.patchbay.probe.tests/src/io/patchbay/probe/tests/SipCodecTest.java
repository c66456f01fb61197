package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.patchbay.probe.sip.DigestChallenge;
import io.patchbay.probe.sip.DigestCredentials;
import io.patchbay.probe.sip.SipMessage;
import io.patchbay.probe.sip.SipParseException;
import io.patchbay.probe.sip.SipUri;
import io.patchbay.probe.sip.SipVia;

/** The SIP codec and header readers: what they accept, what they refuse, and that garbage is only ever a parse error. */
class SipCodecTest {

    static final String RESPONSE = "SIP/2.0 200 OK\r\n"
            + "v: SIP/2.0/UDP 10.0.1.2:5070;branch=z9hG4bK776asdhds;rport=40112;received=198.51.100.1,"
            + " SIP/2.0/TCP [2001:db8::9]:5080;branch=z9hG4bKnashds8\r\n"
            + "f: <sip:alice@example.net>;tag=1928301774\r\n"
            + "t: \"Alice, the one\" <sip:alice@example.net>;tag=a6c85cf\r\n"
            + "i: a84b4c76e66710@pc33\r\n"
            + "CSeq: 314159 REGISTER\r\n"
            + "m: <sip:alice@198.51.100.1:40112;transport=udp>;expires=3600,\r\n"
            + " <sip:alice@10.0.1.2:5070>;expires=60\r\n"
            + "l: 4\r\n"
            + "\r\n"
            + "bodyEXTRA";

    @Test
    void compactFormsFoldedLinesAndMultiValueHeadersAreRead() throws Exception {
        SipMessage message = SipMessage.decode(RESPONSE.getBytes(StandardCharsets.UTF_8));
        SipVia via = message.topVia().orElseThrow();
        assertAll(() -> assertFalse(message.isRequest()),
                () -> assertEquals(200, message.statusCode()),
                () -> assertEquals("OK", message.reason()),
                () -> assertEquals(2, message.headers("Via").size()),
                () -> assertEquals("UDP", via.transport()),
                () -> assertEquals("10.0.1.2", via.host()),
                () -> assertEquals(5070, via.port()),
                () -> assertEquals(Optional.of("z9hG4bK776asdhds"), via.branch()),
                () -> assertEquals(Optional.of("198.51.100.1"), via.received()),
                () -> assertEquals(Optional.of(40112), via.rport()),
                () -> assertEquals("2001:db8::9", SipVia.parse(message.headers("v").get(1)).host()),
                () -> assertEquals(Optional.of("a84b4c76e66710@pc33"), message.header("Call-ID")),
                () -> assertEquals(new SipMessage.CSeq(314159, "REGISTER"), message.cseq().orElseThrow()),
                () -> assertEquals(2, message.headers("Contact").size()),
                () -> assertEquals(new SipUri("sip", "alice", "198.51.100.1", 40112),
                        SipUri.parse(message.headers("m").get(0))),
                () -> assertEquals(Optional.of("\"Alice, the one\" <sip:alice@example.net>;tag=a6c85cf"),
                        message.header("TO")),
                () -> assertArrayEquals("body".getBytes(StandardCharsets.US_ASCII), message.body()));
    }

    @Test
    void aRequestReEncodesAndDecodesToTheSameHeadersWithAMatchingContentLength() throws Exception {
        SipMessage request = SipMessage.request("OPTIONS", "sip:ping@127.0.0.1:5070",
                List.of(new SipMessage.Header("Via", "SIP/2.0/UDP 127.0.0.1:40000;branch=z9hG4bK1;rport"),
                        new SipMessage.Header("Content-Length", "99"), new SipMessage.Header("CSeq", "1 OPTIONS")));
        SipMessage again = SipMessage.decode(request.encode());
        assertAll(() -> assertTrue(again.isRequest()),
                () -> assertEquals("OPTIONS", again.method()),
                () -> assertEquals("sip:ping@127.0.0.1:5070", again.requestUri()),
                () -> assertEquals(List.of("0"), again.headers("Content-Length")),
                () -> assertEquals(Optional.of(""), again.topVia().orElseThrow().parameters().entrySet().stream()
                        .filter(e -> e.getKey().equals("rport")).map(e -> e.getValue()).findFirst()),
                () -> assertEquals(Optional.empty(), again.topVia().orElseThrow().rport()));
    }

    @Test
    void aStreamCarriesMessagesBackToBackFramedByContentLength() throws Exception {
        String two = "\r\n" + RESPONSE.replace("bodyEXTRA", "body") + RESPONSE.replace("bodyEXTRA", "body");
        ByteArrayInputStream in = new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8));
        assertAll(() -> assertEquals(200, SipMessage.read(in).statusCode()),
                () -> assertEquals(200, SipMessage.read(in).statusCode()),
                () -> assertEquals(null, SipMessage.read(in)));
    }

    @Test
    void malformedMessagesAreParseErrorsThatSayWhatIsWrong() {
        assertAll(
                () -> assertEquals("no blank line after the headers", assertThrows(SipParseException.class,
                        () -> SipMessage.decode("OPTIONS sip:a SIP/2.0\r\nVia: x\r\n".getBytes())).getMessage()),
                () -> assertThrows(SipParseException.class,
                        () -> SipMessage.decode("HTTP/1.1 200 OK\r\n\r\n".getBytes())),
                () -> assertThrows(SipParseException.class,
                        () -> SipMessage.decode("SIP/2.0 2000 OK\r\n\r\n".getBytes())),
                () -> assertThrows(SipParseException.class,
                        () -> SipMessage.decode("SIP/2.0 200 OK\r\nl: 10\r\n\r\nshort".getBytes())),
                () -> assertThrows(SipParseException.class,
                        () -> SipMessage.decode("SIP/2.0 200 OK\r\nl: -1\r\n\r\n".getBytes())),
                () -> assertThrows(SipParseException.class, () -> SipMessage.decode(new byte[0])),
                () -> assertThrows(SipParseException.class, () -> SipMessage.decode(null)),
                () -> assertThrows(SipParseException.class, () -> SipVia.parse("SIP/2.0/UDP 1.2.3.4:99999")),
                () -> assertThrows(SipParseException.class, () -> SipUri.parse("<sip:alice@[::1")),
                () -> assertThrows(SipParseException.class, () -> DigestChallenge.parse("Basic realm=\"x\"")),
                () -> assertThrows(SipParseException.class,
                        () -> DigestChallenge.parse("Digest realm=\"unclosed")));
    }

    @Test
    void randomBytesAndMutatedMessagesAreOnlyEverParseErrors() {
        Random random = new Random(7);
        byte[] valid = RESPONSE.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes;
            if (i % 2 == 0) {
                bytes = new byte[random.nextInt(300)];
                random.nextBytes(bytes);
            } else {
                bytes = valid.clone();
                for (int flips = 1 + random.nextInt(6); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            try {
                SipMessage message = SipMessage.decode(bytes);
                for (String name : List.of("Via", "Contact", "To", "CSeq")) {
                    message.headers(name);
                }
                message.topVia();
                message.cseq();
                for (String contact : message.headers("Contact")) {
                    SipUri.parse(contact);
                }
                SipMessage.read(new ByteArrayInputStream(bytes));
            } catch (SipParseException | java.io.IOException e) {
                // expected for most inputs
            } catch (RuntimeException e) {
                fail("input " + i + " threw " + e, e);
            }
        }
    }

    @Test
    void digestResponseMatchesTheRfc2617Example() throws Exception {
        // RFC 2617 section 3.5: Mufasa / "Circle Of Life", GET /dir/index.html
        DigestChallenge authorization = DigestChallenge.parse("Digest username=\"Mufasa\","
                + " realm=\"testrealm@host.com\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\","
                + " uri=\"/dir/index.html\", qop=auth, nc=00000001, cnonce=\"0a4f113b\","
                + " response=\"6629fae49393a05397450978507c4ef1\", opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"");
        assertAll(() -> assertTrue(new DigestCredentials("Mufasa", "Circle Of Life").verifies(authorization, "GET")),
                () -> assertFalse(new DigestCredentials("Mufasa", "circle of life").verifies(authorization, "GET")),
                () -> assertFalse(new DigestCredentials("Mufasa", "Circle Of Life").verifies(authorization, "PUT")));
    }

    @Test
    void ourAuthorizationAnswersAChallengeAndNeverShowsThePassword() throws Exception {
        DigestCredentials alice = new DigestCredentials("alice", "s3cret");
        for (String challenge : List.of("Digest realm=\"pbx\", nonce=\"abc\", qop=\"auth,auth-int\"",
                "Digest realm=\"pbx\", nonce=\"abc\"", "Digest realm=\"pbx\", nonce=\"abc\", algorithm=SHA-256")) {
            String answer = alice.authorization(DigestChallenge.parse(challenge), "REGISTER", "sip:127.0.0.1");
            assertAll(() -> assertTrue(alice.verifies(DigestChallenge.parse(answer), "REGISTER"), answer),
                    () -> assertFalse(answer.contains("s3cret")),
                    () -> assertFalse(alice.toString().contains("s3cret")));
        }
    }
}
