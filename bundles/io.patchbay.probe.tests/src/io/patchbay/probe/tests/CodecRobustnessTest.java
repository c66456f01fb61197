package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.patchbay.probe.stun.StunErrorCode;
import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunParseException;

/** Malformed input is a {@link StunParseException}, never anything else; the typed accessors never throw. */
class CodecRobustnessTest {

    private static final List<byte[]> VECTORS = List.of(Rfc5769VectorsTest.REQUEST, Rfc5769VectorsTest.IPV4_RESPONSE,
            Rfc5769VectorsTest.IPV6_RESPONSE);

    /** Decodes and reads every typed attribute; returns normally or with a parse error. */
    static void decodeAll(byte[] bytes, int length) {
        try {
            StunMessage message = StunMessage.decode(bytes, 0, length);
            message.xorMappedAddress();
            message.mappedAddress();
            message.otherAddress();
            message.responseOrigin();
            message.software();
            message.username();
            message.errorCode();
            message.unknownAttributes();
            message.changeRequest();
            message.verifyIntegrity(Rfc5769VectorsTest.KEY);
            message.toString();
        } catch (StunParseException expected) {
            // a parse error is the right answer to garbage
        } catch (RuntimeException e) {
            fail("decoding " + java.util.HexFormat.of().formatHex(bytes, 0, length) + " threw " + e, e);
        }
    }

    @Test
    void everyTruncationOfTheVectorsIsAParseError() {
        for (byte[] vector : VECTORS) {
            for (int length = 0; length < vector.length; length++) {
                int cut = length;
                assertThrows(StunParseException.class, () -> StunMessage.decode(vector, 0, cut), "cut at " + cut);
            }
        }
    }

    @Test
    void everySingleBitFlipOfTheVectorsIsHandled() {
        for (byte[] vector : VECTORS) {
            for (int bit = 0; bit < vector.length * 8; bit++) {
                byte[] flipped = vector.clone();
                flipped[bit / 8] ^= (byte) (1 << (bit % 8));
                decodeAll(flipped, flipped.length);
            }
        }
    }

    @Test
    void randomGarbageWithAValidHeaderNeverThrowsAnythingElse() {
        Random random = new Random(5389);
        for (int i = 0; i < 100_000; i++) {
            int length = 20 + 4 * random.nextInt(40);
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            bytes[0] &= 0x3F;
            bytes[2] = (byte) ((length - 20) >>> 8);
            bytes[3] = (byte) (length - 20);
            bytes[4] = 0x21;
            bytes[5] = 0x12;
            bytes[6] = (byte) 0xA4;
            bytes[7] = 0x42;
            // well-formed attribute headers most of the time, so that the value checks are reached
            for (int at = 20; at + 4 <= length && random.nextInt(8) != 0;) {
                int valueLength = random.nextInt(Math.max(1, length - at - 3));
                int type = random.nextBoolean() ? random.nextInt(0x30) : 0x8000 | random.nextInt(0x30);
                bytes[at] = (byte) (type >>> 8);
                bytes[at + 1] = (byte) type;
                bytes[at + 2] = (byte) (valueLength >>> 8);
                bytes[at + 3] = (byte) valueLength;
                at += 4 + ((valueLength + 3) & ~3);
            }
            decodeAll(bytes, length);
        }
    }

    @Test
    void errorResponsesRoundTrip() throws Exception {
        StunMessage request = StunMessage.request(StunMessage.BINDING).build();
        StunMessage error = StunMessage.errorResponse(request, 420, "Unknown Attribute")
                .unknownAttributes(List.of(0x0003, 0x0027)).fingerprint().build();
        StunMessage decoded = StunMessage.decode(error.encode());
        assertEquals(new StunErrorCode(420, "Unknown Attribute"), decoded.errorCode().orElseThrow());
        assertEquals(List.of(0x0003, 0x0027), decoded.unknownAttributes());
        assertTrue(decoded.sameTransaction(request));
    }

    @Test
    void rfc5780AddressesRoundTrip() throws Exception {
        InetSocketAddress origin = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 3478);
        InetSocketAddress other = new InetSocketAddress(InetAddress.getByName("::1"), 3479);
        StunMessage message = StunMessage.decode(StunMessage.request(StunMessage.BINDING).responseOrigin(origin)
                .otherAddress(other).mappedAddress(origin).changeRequest(0x06).build().encode());
        assertEquals(origin, message.responseOrigin().orElseThrow());
        assertEquals(other, message.otherAddress().orElseThrow());
        assertEquals(origin, message.mappedAddress().orElseThrow());
        assertEquals(0x06, message.changeRequest().orElseThrow());
    }
}
