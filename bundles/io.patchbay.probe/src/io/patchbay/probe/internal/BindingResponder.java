package io.patchbay.probe.internal;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.patchbay.probe.stun.StunAttribute;
import io.patchbay.probe.stun.StunClass;
import io.patchbay.probe.stun.StunErrorCode;
import io.patchbay.probe.stun.StunMessage;
import io.patchbay.probe.stun.StunParseException;

/**
 * The answer of a STUN server to one received message, independent of sockets. Sockets are numbered by
 * {@code [address][port]}: 0 = primary, 1 = alternate; a plain server has only {@code [0][0]}.
 */
public final class BindingResponder {

    /**
     * The answer, the socket to send it from and where to send it (the source, or its RESPONSE-PORT); null from
     * {@link #answer} means: drop the input silently.
     */
    public record Answer(StunMessage message, int addressIndex, int portIndex, InetSocketAddress destination) {
    }

    private static final Set<Integer> UNDERSTOOD = Set.of(StunAttribute.MAPPED_ADDRESS, StunAttribute.USERNAME,
            StunAttribute.MESSAGE_INTEGRITY, StunAttribute.ERROR_CODE, StunAttribute.UNKNOWN_ATTRIBUTES,
            StunAttribute.REALM, StunAttribute.NONCE, StunAttribute.XOR_MAPPED_ADDRESS);

    private final InetSocketAddress[][] sockets;
    private final boolean rfc5780;
    private final String software;
    private final String username;
    private final byte[] key;

    public BindingResponder(InetSocketAddress[][] sockets, String software, String username, String password) {
        this.sockets = sockets;
        this.rfc5780 = sockets.length == 2;
        this.software = software;
        this.username = username;
        this.key = password == null ? null : StunMessage.shortTermKey(password);
    }

    /**
     * @param bytes a received datagram or TCP frame
     * @param source where it came from
     * @param addressIndex the receiving socket's address (0 primary, 1 alternate)
     * @param portIndex the receiving socket's port (0 primary, 1 alternate)
     * @param udp false over TCP, where CHANGE-REQUEST cannot be honoured
     */
    public Answer answer(byte[] bytes, int length, InetSocketAddress source, int addressIndex, int portIndex,
            boolean udp) {
        StunMessage request;
        try {
            request = StunMessage.decode(bytes, 0, length);
        } catch (StunParseException e) {
            return null;
        }
        if (request.messageClass() != StunClass.REQUEST) {
            return null; // indications need no answer, and responses are not ours
        }
        if (request.method() != StunMessage.BINDING) {
            return error(request, StunErrorCode.BAD_REQUEST, "only Binding is supported", addressIndex, portIndex, source);
        }
        List<Integer> unknown = new ArrayList<>();
        for (StunAttribute attribute : request.attributes()) {
            boolean understood = UNDERSTOOD.contains(attribute.type())
                    || rfc5780 && (attribute.type() == StunAttribute.CHANGE_REQUEST
                            || attribute.type() == StunAttribute.RESPONSE_PORT
                            || attribute.type() == StunAttribute.PADDING);
            if (attribute.comprehensionRequired() && !understood && !unknown.contains(attribute.type())) {
                unknown.add(attribute.type());
            }
        }
        if (!unknown.isEmpty()) {
            StunMessage.Builder response = StunMessage.errorResponse(request, StunErrorCode.UNKNOWN_ATTRIBUTE,
                    "Unknown Attribute").unknownAttributes(unknown);
            return new Answer(finish(response, request, false), addressIndex, portIndex, source);
        }
        if (key != null) {
            if (request.username().isEmpty() || !request.hasMessageIntegrity()) {
                return error(request, StunErrorCode.BAD_REQUEST, "USERNAME and MESSAGE-INTEGRITY required",
                        addressIndex, portIndex, source);
            }
            if (!request.username().get().equals(username) || !request.verifyIntegrity(key)) {
                return error(request, StunErrorCode.UNAUTHORIZED, "Unauthorized", addressIndex, portIndex, source);
            }
        }
        int change = request.changeRequest().orElse(0);
        if ((change != 0 || request.responsePort().isPresent()) && !udp) {
            return error(request, StunErrorCode.BAD_REQUEST, "CHANGE-REQUEST and RESPONSE-PORT need UDP",
                    addressIndex, portIndex, source);
        }
        InetSocketAddress destination = request.responsePort().isPresent()
                ? new InetSocketAddress(source.getAddress(), request.responsePort().getAsInt()) : source;
        int fromAddress = (change & StunAttribute.CHANGE_IP) != 0 ? 1 - addressIndex : addressIndex;
        int fromPort = (change & StunAttribute.CHANGE_PORT) != 0 ? 1 - portIndex : portIndex;
        StunMessage.Builder response = StunMessage.successResponse(request).xorMappedAddress(source);
        if (rfc5780) {
            response.responseOrigin(sockets[fromAddress][fromPort])
                    .otherAddress(sockets[1 - addressIndex][1 - portIndex]);
            // RFC 5780 section 7.6: a padded request (a fragmentation test) gets a response padded as much
            request.attribute(StunAttribute.PADDING).ifPresent(padding -> response
                    .attribute(StunAttribute.of(StunAttribute.PADDING, new byte[Math.min(padding.value().length, 1400)])));
        }
        return new Answer(finish(response, request, key != null), fromAddress, fromPort, destination);
    }

    private Answer error(StunMessage request, int code, String reason, int addressIndex, int portIndex,
            InetSocketAddress source) {
        return new Answer(finish(StunMessage.errorResponse(request, code, reason), request, false), addressIndex,
                portIndex, source);
    }

    private StunMessage finish(StunMessage.Builder response, StunMessage request, boolean integrity) {
        if (software != null) {
            response.software(software);
        }
        if (integrity) {
            response.messageIntegrity(key);
        }
        if (request.hasFingerprint()) {
            response.fingerprint();
        }
        return response.build();
    }
}
