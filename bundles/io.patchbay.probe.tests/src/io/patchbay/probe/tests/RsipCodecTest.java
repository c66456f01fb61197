package io.patchbay.probe.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.InetAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.patchbay.probe.rsip.RsipMessage;
import io.patchbay.probe.rsip.RsipParameter;
import io.patchbay.probe.rsip.RsipParseException;
import io.patchbay.probe.rsip.RsipPorts;

/** The RSIP codec: the wire form of RFC 3103, round trips, and malformed input that is only ever a parse error. */
class RsipCodecTest {

    private static List<RsipMessage> samples() throws Exception {
        InetAddress external = InetAddress.getByName("192.0.2.7");
        return List.of(RsipMessage.of(RsipMessage.REGISTER_REQUEST).withMessageCounter(1),
                RsipMessage.of(RsipMessage.REGISTER_RESPONSE).withClientId(42).withLeaseTime(300)
                        .withFlowPolicy(RsipMessage.FLOW_MACRO, RsipMessage.FLOW_NONE)
                        .withMethod(RsipMessage.METHOD_RSAP_IP).withTunnelType(RsipMessage.TUNNEL_GRE),
                RsipMessage.of(RsipMessage.ASSIGN_REQUEST_RSAP_IP).withClientId(42).withAddress(null)
                        .withPorts(RsipPorts.any(255)).withAddress(null).withPorts(RsipPorts.any(0))
                        .withLeaseTime(60).withTunnelType(RsipMessage.TUNNEL_IP_IP).withMessageCounter(7),
                RsipMessage.of(RsipMessage.ASSIGN_RESPONSE_RSAP_IP).withClientId(42).withBindId(9)
                        .withAddress(external).withPorts(RsipPorts.range(20000, 255))
                        .withAddress(InetAddress.getByName("2001:db8::1")).withPorts(new RsipPorts(3, List.of(1, 2, 3)))
                        .withLeaseTime(60),
                RsipMessage.of(RsipMessage.LISTEN_REQUEST).withClientId(3).withPorts(RsipPorts.range(5060, 1)),
                RsipMessage.of(RsipMessage.EXTEND_REQUEST).withClientId(3).withBindId(4).withLeaseTime(10),
                RsipMessage.of(RsipMessage.DEREGISTER_RESPONSE).withClientId(3),
                RsipMessage.of(RsipMessage.QUERY_REQUEST).withClientId(3)
                        .with(new RsipParameter(RsipMessage.VENDOR_SPECIFIC, new byte[] { 0, 1, 2, 3, 4 })),
                RsipMessage.of(RsipMessage.ERROR_RESPONSE).withError(RsipMessage.REGISTRATION_DENIED)
                        .withMessageCounter(5));
    }

    @Test
    void theWireFormIsThatOfRfc3103() throws Exception {
        byte[] bytes = RsipMessage.of(RsipMessage.ASSIGN_RESPONSE_RSAP_IP).withClientId(0x01020304L)
                .withAddress(InetAddress.getByName("192.0.2.7")).withPorts(RsipPorts.range(20000, 255))
                .withError(RsipMessage.LOCAL_ADDRPORT_UNAVAILABLE).encode();
        // version 1, type 9, length 30; CLIENT ID (4); ADDRESS (1) IPv4; PORTS (2) number 255 port 20000; ERROR 309
        assertEquals("0109001e" + "040004" + "01020304" + "010005" + "01c0000207" + "020003" + "ff4e20" + "080002"
                + "0135", HexFormat.of().formatHex(bytes));
    }

    @Test
    void messagesRoundTripWithTheirTypedValues() throws Exception {
        for (RsipMessage message : samples()) {
            byte[] bytes = message.encode();
            RsipMessage decoded = RsipMessage.decode(bytes);
            assertEquals(message, decoded, message::toString);
            assertArrayEquals(bytes, decoded.encode());
        }
        RsipMessage assigned = RsipMessage.decode(samples().get(3).encode());
        assertEquals(42, assigned.clientId().getAsLong());
        assertEquals(9, assigned.bindId().getAsLong());
        assertEquals(InetAddress.getByName("192.0.2.7"), assigned.address().orElseThrow());
        assertEquals(20000, assigned.ports().orElseThrow().first());
        assertEquals(255, assigned.ports().orElseThrow().count());
        assertEquals(60, assigned.leaseTime().getAsLong());
        assertEquals(RsipMessage.REGISTRATION_DENIED, RsipMessage.decode(samples().get(8).encode()).error().getAsInt());
    }

    @Test
    void badHeadersAndParametersAreParseErrors() {
        assertThrows(RsipParseException.class, () -> RsipMessage.decode(new byte[] { 2, 2, 0, 4 })); // version 2
        assertThrows(RsipParseException.class, () -> RsipMessage.decode(new byte[] { 1, 2, 0, 5 })); // length
        assertThrows(RsipParseException.class, () -> RsipMessage.decode(new byte[] { 1, 2, 0, 8, 4, 0, 1, 9 }));
        assertThrows(RsipParseException.class, () -> RsipMessage.decode(new byte[] { 1, 2, 0, 7, 8, 0, 5 }));
        assertThrows(RsipParseException.class, () -> RsipMessage.decode(null, 0, 0));
    }

    /** Decodes and reads every typed value; returns normally or with a parse error. */
    private static void decodeAll(byte[] bytes) {
        try {
            RsipMessage message = RsipMessage.decode(bytes);
            message.clientId();
            message.bindId();
            message.leaseTime();
            message.messageCounter();
            message.error();
            message.tunnelType();
            message.method();
            message.address();
            message.ports();
            message.toString();
            message.encode();
            for (RsipParameter parameter : message.parameters()) {
                parameter.address();
                parameter.ports();
                parameter.toString();
            }
        } catch (RsipParseException expected) {
            // the right answer to garbage
        } catch (RuntimeException e) {
            fail("decoding " + HexFormat.of().formatHex(bytes) + " threw " + e, e);
        }
    }

    @Test
    void everyTruncationBitFlipAndByteValueIsHandled() throws Exception {
        for (RsipMessage message : samples()) {
            byte[] bytes = message.encode();
            for (int cut = 0; cut < bytes.length; cut++) {
                int length = cut;
                assertThrows(RsipParseException.class, () -> RsipMessage.decode(bytes, 0, length));
            }
            for (int bit = 0; bit < bytes.length * 8; bit++) {
                byte[] flipped = bytes.clone();
                flipped[bit / 8] ^= (byte) (1 << (bit % 8));
                decodeAll(flipped);
            }
            for (int at = 0; at < bytes.length; at++) {
                for (int value = 0; value < 256; value++) {
                    byte[] changed = bytes.clone();
                    changed[at] = (byte) value;
                    decodeAll(changed);
                }
            }
        }
    }

    @Test
    void randomMessagesWithAValidHeaderNeverThrowAnythingElse() {
        Random random = new Random(3103);
        for (int i = 0; i < 100_000; i++) {
            int length = 4 + random.nextInt(60);
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            bytes[0] = 1;
            bytes[2] = (byte) (length >>> 8);
            bytes[3] = (byte) length;
            // mostly well-formed parameter headers, so that the value checks are reached
            for (int at = 4; at + 3 <= length && random.nextInt(8) != 0;) {
                int valueLength = random.nextInt(6) == 0 ? random.nextInt(Math.max(1, length - at))
                        : new int[] { 0, 1, 2, 4, 5, 17 }[random.nextInt(6)];
                bytes[at] = (byte) random.nextInt(14);
                bytes[at + 1] = (byte) (valueLength >>> 8);
                bytes[at + 2] = (byte) valueLength;
                at += 3 + valueLength;
            }
            decodeAll(bytes);
        }
    }
}
