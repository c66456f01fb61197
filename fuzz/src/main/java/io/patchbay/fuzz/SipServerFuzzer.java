package io.patchbay.fuzz;

import static io.patchbay.fuzz.Budget.require;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

import io.patchbay.probe.sip.DigestCredentials;
import io.patchbay.probe.sip.SipMessage;
import io.patchbay.probe.sip.SipParseException;
import io.patchbay.probe.sip.SipServer;
import io.patchbay.probe.sip.SipServerConfig;
import io.patchbay.probe.sip.SipTransport;

/**
 * The SIP server's request handling: its private {@code answer(request, source, transport)}, which every UDP
 * datagram and stream message reaches after decoding, called directly (by reflection: it has no sockets of its own
 * to wait on). For any decodable message it returns nothing or a response that encodes and decodes, or throws
 * {@link SipParseException} (a header it cannot read), which the server treats as "ignore".
 * <p>
 * The first input byte chooses the server (open, or Digest-protected) and the transport; the rest is the datagram.
 */
public final class SipServerFuzzer {

    private static final SipServer OPEN;
    private static final SipServer PROTECTED;
    private static final Method ANSWER;
    private static final InetSocketAddress SOURCE = new InetSocketAddress(InetAddress.getLoopbackAddress(), 45060);

    static {
        try {
            InetSocketAddress any = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
            OPEN = SipServer.start(SipServerConfig.on(any));
            PROTECTED = SipServer.start(SipServerConfig.on(any)
                    .withCredentials(new DigestCredentials("alice", "fuzz-secret")));
            ANSWER = SipServer.class.getDeclaredMethod("answer", SipMessage.class, InetSocketAddress.class,
                    SipTransport.class);
            ANSWER.setAccessible(true);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private SipServerFuzzer() {
    }

    public static void fuzzerTestOneInput(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Budget.check("SipServer.answer", input, () -> run(input));
    }

    static void run(byte[] input) throws Exception {
        byte[] datagram = Arrays.copyOfRange(input, 1, input.length);
        SipMessage request;
        try {
            request = SipMessage.decode(datagram);
        } catch (SipParseException e) {
            return; // the server drops it before handling
        }
        SipServer server = (input[0] & 1) == 0 ? OPEN : PROTECTED;
        SipTransport transport = SipTransport.values()[((input[0] & 0xFF) >> 1) % SipTransport.values().length];
        SipMessage response;
        try {
            response = (SipMessage) ANSWER.invoke(server, request, SOURCE, transport);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SipParseException) {
                return; // a header it cannot read: ignored, as documented
            }
            throw (Exception) e.getCause();
        }
        if (response == null) {
            return;
        }
        require(!response.isRequest() && response.statusCode() >= 200, "the server answered with "
                + response.statusCode());
        try {
            SipMessage again = SipMessage.decode(response.encode());
            require(again.statusCode() == response.statusCode(), "the server's answer decodes to another status");
            again.topVia();
            again.cseq();
        } catch (SipParseException e) {
            throw new Budget.PropertyViolated("the server's answer to " + request.method()
                    + " does not decode or its Via/CSeq cannot be read: " + e.getMessage() + "\n" + response);
        }
    }
}
