package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.patchbay.probe.stun.StunAttribute;
import io.patchbay.probe.stun.StunClass;
import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunParseException;

/** The test vectors of RFC 5769, byte for byte: decoding, MESSAGE-INTEGRITY, FINGERPRINT and encoding. */
class Rfc5769VectorsTest {

    static final String PASSWORD = "VOkJxbRl1RmTxUk/WvJxBt";
    static final byte[] KEY = StunMessage.shortTermKey(PASSWORD);
    static final byte[] TRANSACTION_ID = hex("b7e7a701 bc34d686 fa87dfae");

    /** 2.1 Sample Request. */
    static final byte[] REQUEST = hex("""
            00010058 2112a442 b7e7a701 bc34d686 fa87dfae
            80220010 5354554e 20746573 7420636c 69656e74
            00240004 6e0001ff
            80290008 932ff9b1 51263b36
            00060009 6576746a 3a683676 59202020
            00080014 9aeaa70c bfd8cb56 781ef2b5 b2d3f249 c1b571a2
            80280004 e57a3bcf""");

    /** 2.2 Sample IPv4 Response. */
    static final byte[] IPV4_RESPONSE = hex("""
            0101003c 2112a442 b7e7a701 bc34d686 fa87dfae
            8022000b 74657374 20766563 746f7220
            00200008 0001a147 e112a643
            00080014 2b91f599 fd9e90c3 8c7489f9 2af9ba53 f06be7d7
            80280004 c07d4c96""");

    /** 2.3 Sample IPv6 Response. */
    static final byte[] IPV6_RESPONSE = hex("""
            01010048 2112a442 b7e7a701 bc34d686 fa87dfae
            8022000b 74657374 20766563 746f7220
            00200014 0002a147 0113a9fa a5d3f179 bc25f4b5 bed2b9d9
            00080014 a382954e 4be67bf1 1784c97c 8292c275 bfe3ed41
            80280004 c8fb0b4c""");

    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }

    @Test
    void sampleRequestDecodesWithItsAttributesIntegrityAndFingerprint() throws Exception {
        StunMessage request = StunMessage.decode(REQUEST);
        assertAll(() -> assertEquals(StunClass.REQUEST, request.messageClass()),
                () -> assertEquals(StunMessage.BINDING, request.method()),
                () -> assertArrayEquals(TRANSACTION_ID, request.transactionId()),
                () -> assertEquals(Optional.of("STUN test client"), request.software()),
                () -> assertEquals(Optional.of("evtj:h6vY"), request.username()),
                () -> assertEquals(List.of(StunAttribute.SOFTWARE, 0x0024, 0x8029, StunAttribute.USERNAME,
                        StunAttribute.MESSAGE_INTEGRITY, StunAttribute.FINGERPRINT),
                        request.attributes().stream().map(StunAttribute::type).toList()),
                () -> assertArrayEquals(hex("6e0001ff"), request.attribute(0x0024).orElseThrow().value()),
                () -> assertTrue(request.hasFingerprint()),
                () -> assertTrue(request.verifyIntegrity(KEY)),
                () -> assertFalse(request.verifyIntegrity(StunMessage.shortTermKey("wrong password"))));
    }

    @Test
    void sampleRequestReEncodesByteForByte() throws Exception {
        StunMessage decoded = StunMessage.decode(REQUEST);
        StunMessage.Builder again = StunMessage.request(StunMessage.BINDING).transactionId(decoded.transactionId());
        decoded.attributes().stream()
                .filter(a -> a.type() != StunAttribute.MESSAGE_INTEGRITY && a.type() != StunAttribute.FINGERPRINT)
                .forEach(again::attribute);
        assertArrayEquals(REQUEST, again.messageIntegrity(KEY).fingerprint().build().encode());
        assertArrayEquals(REQUEST, decoded.encode());
    }

    @Test
    void sampleRequestBuiltFromScratchEqualsTheVector() {
        byte space = 0x20; // the RFC pads with spaces so that implementations that ignore padding show up
        StunMessage built = StunMessage.request(StunMessage.BINDING).transactionId(TRANSACTION_ID)
                .attribute(StunAttribute.of(StunAttribute.SOFTWARE, "STUN test client".getBytes(StandardCharsets.UTF_8)))
                .attribute(StunAttribute.of(0x0024, hex("6e0001ff")))
                .attribute(StunAttribute.of(0x8029, hex("932ff9b151263b36")))
                .attribute(StunAttribute.of(StunAttribute.USERNAME, "evtj:h6vY".getBytes(StandardCharsets.UTF_8), space))
                .messageIntegrity(KEY).fingerprint().build();
        assertArrayEquals(REQUEST, built.encode());
    }

    @Test
    void ipv4ResponseDecodesToTheMappedAddress() throws Exception {
        StunMessage response = StunMessage.decode(IPV4_RESPONSE);
        InetSocketAddress mapped = new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853);
        assertAll(() -> assertEquals(StunClass.SUCCESS_RESPONSE, response.messageClass()),
                () -> assertEquals(StunMessage.BINDING, response.method()),
                () -> assertEquals(Optional.of(mapped), response.xorMappedAddress()),
                () -> assertEquals(Optional.of("test vector"), response.software()),
                () -> assertTrue(response.hasFingerprint()),
                () -> assertTrue(response.verifyIntegrity(KEY)));
        assertArrayEquals(IPV4_RESPONSE, response(mapped), "built from scratch");
    }

    @Test
    void ipv6ResponseDecodesToTheMappedAddress() throws Exception {
        StunMessage response = StunMessage.decode(IPV6_RESPONSE);
        InetSocketAddress mapped = new InetSocketAddress(
                InetAddress.getByName("2001:db8:1234:5678:11:2233:4455:6677"), 32853);
        assertAll(() -> assertEquals(Optional.of(mapped), response.xorMappedAddress()),
                () -> assertEquals(Optional.of(mapped), response.reflexiveAddress()),
                () -> assertTrue(response.hasFingerprint()),
                () -> assertTrue(response.verifyIntegrity(KEY)));
        assertArrayEquals(IPV6_RESPONSE, response(mapped), "built from scratch");
    }

    private static byte[] response(InetSocketAddress mapped) {
        return StunMessage.builder(StunClass.SUCCESS_RESPONSE, StunMessage.BINDING).transactionId(TRANSACTION_ID)
                .attribute(StunAttribute.of(StunAttribute.SOFTWARE, "test vector".getBytes(StandardCharsets.UTF_8),
                        (byte) 0x20))
                .xorMappedAddress(mapped).messageIntegrity(KEY).fingerprint().build().encode();
    }

    @Test
    void aChangedByteBreaksTheFingerprint() {
        byte[] corrupted = REQUEST.clone();
        corrupted[30] ^= 0x01; // inside SOFTWARE
        StunParseException failure = assertThrows(StunParseException.class, () -> StunMessage.decode(corrupted));
        assertTrue(failure.getMessage().startsWith("FINGERPRINT does not match"), failure.getMessage());
    }

    @Test
    void aChangedByteUnderIntegrityFailsTheCheckWhenThereIsNoFingerprint() throws Exception {
        StunMessage signed = StunMessage.request(StunMessage.BINDING).software("x").messageIntegrity(KEY).build();
        byte[] bytes = signed.encode();
        bytes[24] ^= 0x01; // the SOFTWARE value
        StunMessage tampered = StunMessage.decode(bytes);
        assertTrue(signed.verifyIntegrity(KEY));
        assertFalse(tampered.verifyIntegrity(KEY));
    }
}
