package io.patchbay.fuzz;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.patchbay.probe.rsip.RsipMessage;
import io.patchbay.probe.rsip.RsipPorts;
import io.patchbay.probe.stun.StunAttribute;
import io.patchbay.probe.stun.StunClass;
import io.patchbay.probe.stun.StunMessage;

/**
 * Writes the starting corpus, {@code fuzz/seeds/TARGET/NAME}: valid messages of each protocol, so that the fuzzer
 * starts from the inside of each parser. {@code releng/fuzz --write-seeds} runs it; the files are committed, beside
 * the inputs of findings that were fixed ({@code fixed-*}), which are kept as seeds so they stay covered.
 */
public final class Seeds {

    private Seeds() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "seeds");
        Map<String, byte[]> stun = stun();
        write(root.resolve("stun-decode"), stun);
        Map<String, byte[]> responder = new LinkedHashMap<>();
        stun.forEach((name, bytes) -> {
            for (int choice : new int[] { 0x00, 0x01, 0x02, 0x05, 0x0D, 0x10, 0x20 }) {
                responder.put(String.format("%s-%02x", name, choice), prefixed(choice, bytes));
            }
        });
        write(root.resolve("stun-responder"), responder);

        Map<String, byte[]> sip = sip();
        write(root.resolve("sip-decode"), sip);
        Map<String, byte[]> stream = new LinkedHashMap<>();
        stream.put("options-register", concat(sip.get("options"), sip.get("register")));
        stream.put("keepalive-options", concat("\r\n\r\n".getBytes(StandardCharsets.US_ASCII), sip.get("options")));
        stream.put("response-401", sip.get("response-401"));
        write(root.resolve("sip-stream"), stream);
        Map<String, byte[]> server = new LinkedHashMap<>();
        sip.forEach((name, bytes) -> {
            server.put(name + "-open-udp", prefixed(0, bytes));
            server.put(name + "-protected-tcp", prefixed(3, bytes));
        });
        write(root.resolve("sip-server"), server);

        Map<String, byte[]> rsip = rsip();
        write(root.resolve("rsip-decode"), rsip);
        Map<String, byte[]> conversations = new LinkedHashMap<>();
        byte[] register = rsip.get("register-request");
        conversations.put("register-assign-listen-extend-deregister", prefixed(0, concat(register,
                RsipMessage.of(RsipMessage.ASSIGN_REQUEST_RSAP_IP).withClientId(1).withPorts(RsipPorts.any(10))
                        .withMessageCounter(2).encode(),
                RsipMessage.of(RsipMessage.LISTEN_REQUEST).withClientId(1).withPorts(RsipPorts.range(5060, 1))
                        .encode(),
                RsipMessage.of(RsipMessage.EXTEND_REQUEST).withClientId(1).withBindId(1).encode(),
                RsipMessage.of(RsipMessage.DEREGISTER_REQUEST).withClientId(1).encode())));
        conversations.put("register-assign-whole-address", prefixed(0, concat(register, register,
                RsipMessage.of(RsipMessage.ASSIGN_REQUEST_RSA_IP).withClientId(1).encode(),
                RsipMessage.of(RsipMessage.ASSIGN_REQUEST_RSAP_IP).withClientId(2).encode())));
        conversations.put("register-from-outside", prefixed(1, register));
        conversations.put("query", prefixed(0, concat(register,
                RsipMessage.of(RsipMessage.QUERY_REQUEST).withClientId(1).encode())));
        write(root.resolve("rsip-server"), conversations);

        Map<String, byte[]> proxy = new LinkedHashMap<>();
        proxy.put("http-200", prefixed(1, ascii("HTTP/1.1 200 Connection established\r\n\r\n")));
        proxy.put("http-407-basic", prefixed(1, ascii("HTTP/1.1 407 Proxy Authentication Required\r\n"
                + "Proxy-Authenticate: Basic realm=\"squid\"\r\nContent-Length: 0\r\n\r\n")));
        proxy.put("http-407-digest", prefixed(1, ascii("HTTP/1.0 407 Proxy Authentication Required\r\n"
                + "Proxy-Authenticate: Digest realm=\"p\", nonce=\"abc\", qop=\"auth\"\r\n\r\n")));
        proxy.put("http-403", prefixed(1, ascii("HTTP/1.1 403 Forbidden\r\nServer: tinyproxy/1.11.1\r\n\r\n")));
        proxy.put("http-502-lf", prefixed(0, ascii("HTTP/1.1 502 Bad Gateway\nVia: 1.1 proxy\n\n")));
        proxy.put("socks4-granted", prefixed(2, new byte[] { 0, 90, 1, (byte) 0xBB, (byte) 192, 0, 2, 44 }));
        proxy.put("socks4a-rejected", prefixed(6, new byte[] { 0, 91, 0, 0, 0, 0, 0, 0 }));
        proxy.put("socks4-http", prefixed(2, ascii("HTTP/1.1 400 Bad Request\r\n\r\n")));
        write(root.resolve("proxy-answer"), proxy);
    }

    static Map<String, byte[]> stun() throws IOException {
        HexFormat hex = HexFormat.of();
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        // RFC 5769 section 2.1-2.3
        seeds.put("rfc5769-request", hex.parseHex("000100582112a442b7e7a701bc34d686fa87dfae802200105354554e207465737420"
                + "636c69656e74002400046e0001ff80290008932ff9b151263b3600060009657674"
                + "6a3a6836765920202000080014" + "9aeaa70cbfd8cb56781ef2b5b2d3f249c1b571a280280004e57a3bcf"));
        seeds.put("rfc5769-ipv4-response", hex.parseHex("0101003c2112a442b7e7a701bc34d686fa87dfae8022000b7465737420766563"
                + "746f722000200008" + "0001a147e112a64300080014" + "2b91f599fd9e90c38c7489f92af9ba53f06be7d7"
                + "80280004c07d4c96"));
        seeds.put("rfc5769-ipv6-response", hex.parseHex("010100482112a442b7e7a701bc34d686fa87dfae8022000b7465737420766563"
                + "746f7220002000140002a1470113a9faa5d3f179bc25f4b5bed2b9d900080014"
                + "a382954e4be67bf11784c97c8292c275bfe3ed4180280004c8fb0b4c"));
        byte[] tid = hex.parseHex("b7e7a701bc34d686fa87dfae");
        InetSocketAddress mapped = new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 32853);
        seeds.put("binding-request", StunMessage.request(StunMessage.BINDING).transactionId(tid).build().encode());
        seeds.put("binding-request-fingerprint", StunMessage.request(StunMessage.BINDING).transactionId(tid)
                .fingerprint().build().encode());
        seeds.put("rfc5780-change-request", StunMessage.request(StunMessage.BINDING).transactionId(tid)
                .changeRequest(StunAttribute.CHANGE_IP | StunAttribute.CHANGE_PORT).responsePort(40002)
                .attribute(StunAttribute.of(StunAttribute.PADDING, new byte[64])).fingerprint().build().encode());
        seeds.put("error-420", StunMessage.builder(StunClass.ERROR_RESPONSE, StunMessage.BINDING).transactionId(tid)
                .errorCode(420, "Unknown Attribute").unknownAttributes(List.of(0x0024, 0x7777)).build().encode());
        seeds.put("rfc5780-response", StunMessage.builder(StunClass.SUCCESS_RESPONSE, StunMessage.BINDING)
                .transactionId(tid).xorMappedAddress(mapped).mappedAddress(mapped).responseOrigin(mapped)
                .otherAddress(mapped).software("coturn").build().encode());
        return seeds;
    }

    static Map<String, byte[]> sip() {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        // as sipsak -vv -s sip:ping@127.0.0.1:5070 sends it
        seeds.put("options", ascii("OPTIONS sip:ping@127.0.0.1:5070 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 127.0.1.1:36121;branch=z9hG4bK.4bd5cb88;rport;alias\r\n"
                + "From: sip:sipsak@127.0.1.1:36121;tag=52f1b5d6\r\n"
                + "To: sip:ping@127.0.0.1:5070\r\n"
                + "Call-ID: 1391541718@127.0.1.1\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Contact: sip:sipsak@127.0.1.1:36121\r\n"
                + "Content-Length: 0\r\n"
                + "Max-Forwards: 70\r\n"
                + "User-Agent: sipsak 0.9.8.1\r\n"
                + "Accept: text/plain\r\n\r\n"));
        // RFC 3261 section 24.1, with the Authorization of a second attempt
        seeds.put("register", ascii("REGISTER sip:registrar.biloxi.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP bobspc.biloxi.com:5060;branch=z9hG4bKnashds7\r\n"
                + "Max-Forwards: 70\r\n"
                + "To: Bob <sip:bob@biloxi.com>\r\n"
                + "From: Bob <sip:bob@biloxi.com>;tag=456248\r\n"
                + "Call-ID: 843817637684230@998sdasdh09\r\n"
                + "CSeq: 1826 REGISTER\r\n"
                + "Contact: <sip:bob@192.0.2.4>\r\n"
                + "Expires: 7200\r\n"
                + "Authorization: Digest username=\"bob\", realm=\"patchbay\", nonce=\"dcd98b7102dd2f0e\","
                + " uri=\"sip:registrar.biloxi.com\", response=\"6629fae49393a05397450978507c4ef1\","
                + " algorithm=MD5, qop=auth, nc=00000001, cnonce=\"0a4f113b\"\r\n"
                + "Content-Length: 0\r\n\r\n"));
        seeds.put("register-compact-ipv6", ascii("REGISTER sips:[2001:db8::1]:5061 SIP/2.0\r\n"
                + "v: SIP/2.0/TLS [2001:db8::9]:5080;branch=z9hG4bKnashds8;rport=40112;received=198.51.100.1\r\n"
                + "f: <sip:alice@example.net>;tag=1928301774\r\n"
                + "t: \"Alice, the one\" <sip:alice@example.net>\r\n"
                + "i: a84b4c76e66710@pc33\r\n"
                + "CSeq: 314159 REGISTER\r\n"
                + "m: <sip:alice@198.51.100.1:40112;transport=udp>;expires=3600,\r\n"
                + " <sip:alice@10.0.1.2:5070>;expires=60\r\n"
                + "l: 4\r\n\r\nbody"));
        seeds.put("response-401", ascii("SIP/2.0 401 Unauthorized\r\n"
                + "Via: SIP/2.0/UDP 127.0.0.1:40000;branch=z9hG4bK1;rport=40000;received=127.0.0.1\r\n"
                + "From: <sip:alice@example.net>;tag=1\r\n"
                + "To: <sip:alice@example.net>;tag=2\r\n"
                + "Call-ID: 1@127.0.0.1\r\n"
                + "CSeq: 1 REGISTER\r\n"
                + "WWW-Authenticate: Digest realm=\"patchbay\", nonce=\"b1a2\", qop=\"auth\", algorithm=MD5\r\n"
                + "Content-Length: 0\r\n\r\n"));
        seeds.put("invite-405", ascii("INVITE sip:bob@biloxi.com SIP/2.0\r\n"
                + "Via: SIP/2.0/TCP pc33.atlanta.com;branch=z9hG4bK776asdhds\r\n"
                + "To: Bob <sip:bob@biloxi.com>\r\nFrom: Alice <sip:alice@atlanta.com>;tag=1928301774\r\n"
                + "Call-ID: a84b4c76e66710@pc33.atlanta.com\r\nCSeq: 314159 INVITE\r\n"
                + "Content-Type: application/sdp\r\nContent-Length: 4\r\n\r\nv=0\n"));
        return seeds;
    }

    static Map<String, byte[]> rsip() throws IOException {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        InetAddress external = InetAddress.getByName("198.51.100.1");
        // the messages RsipCodecTest round-trips
        seeds.put("register-request", RsipMessage.of(RsipMessage.REGISTER_REQUEST).withMessageCounter(1).encode());
        seeds.put("register-response", RsipMessage.of(RsipMessage.REGISTER_RESPONSE).withClientId(42)
                .withLeaseTime(300).withFlowPolicy(RsipMessage.FLOW_MACRO, RsipMessage.FLOW_NONE)
                .withMethod(RsipMessage.METHOD_RSAP_IP).withTunnelType(RsipMessage.TUNNEL_GRE).encode());
        seeds.put("assign-request", RsipMessage.of(RsipMessage.ASSIGN_REQUEST_RSAP_IP).withClientId(42)
                .withAddress(null).withPorts(RsipPorts.any(255)).withAddress(null).withPorts(RsipPorts.any(0))
                .withLeaseTime(60).withTunnelType(RsipMessage.TUNNEL_IP_IP).withMessageCounter(7).encode());
        seeds.put("assign-response", RsipMessage.of(RsipMessage.ASSIGN_RESPONSE_RSAP_IP).withClientId(42)
                .withBindId(9).withAddress(external).withPorts(RsipPorts.range(20000, 255))
                .withAddress(InetAddress.getByName("2001:db8::1")).withPorts(new RsipPorts(3, List.of(1, 2, 3)))
                .withLeaseTime(60).encode());
        seeds.put("listen-request", RsipMessage.of(RsipMessage.LISTEN_REQUEST).withClientId(3)
                .withPorts(RsipPorts.range(5060, 1)).encode());
        seeds.put("extend-request", RsipMessage.of(RsipMessage.EXTEND_REQUEST).withClientId(3).withBindId(4)
                .withLeaseTime(10).encode());
        seeds.put("deregister-response", RsipMessage.of(RsipMessage.DEREGISTER_RESPONSE).withClientId(3).encode());
        seeds.put("error-response", RsipMessage.of(RsipMessage.ERROR_RESPONSE)
                .withError(RsipMessage.REGISTRATION_DENIED).withMessageCounter(5).encode());
        return seeds;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] prefixed(int first, byte[] rest) {
        return concat(new byte[] { (byte) first }, rest);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static void write(Path directory, Map<String, byte[]> seeds) throws IOException {
        Files.createDirectories(directory);
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Files.write(directory.resolve(seed.getKey()), seed.getValue());
        }
    }
}
