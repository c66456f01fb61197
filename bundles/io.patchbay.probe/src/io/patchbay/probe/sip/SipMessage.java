package io.patchbay.probe.sip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A SIP request or response (RFC 3261 section 7): the start line, the headers in their order, and the body.
 * <p>
 * Header names are compared without case, and the compact forms (section 7.3.3: {@code v} Via, {@code f} From,
 * {@code t} To, {@code i} Call-ID, {@code m} Contact, {@code l} Content-Length, …) are read as their long names.
 * Headers that may hold several values separated by commas (Via, Contact) are split outside quotes and angle
 * brackets. {@link #decode} returns a message or throws {@link SipParseException}; it never throws anything else.
 * Messages are immutable; {@link #encode()} writes CRLF line ends and a Content-Length that matches the body.
 *
 * @since 0.1
 */
public final class SipMessage {

    /** Largest message we read: far above any OPTIONS or REGISTER, small enough to bound a hostile peer. */
    public static final int MAX_SIZE = 65_535;

    private static final Map<String, String> COMPACT = Map.ofEntries(Map.entry("v", "Via"), Map.entry("f", "From"),
            Map.entry("t", "To"), Map.entry("i", "Call-ID"), Map.entry("m", "Contact"),
            Map.entry("l", "Content-Length"), Map.entry("c", "Content-Type"), Map.entry("e", "Content-Encoding"),
            Map.entry("k", "Supported"), Map.entry("s", "Subject"), Map.entry("o", "Event"),
            Map.entry("u", "Allow-Events"), Map.entry("r", "Refer-To"), Map.entry("b", "Referred-By"),
            Map.entry("x", "Session-Expires"));

    /** One header line as received (compact names expanded). */
    public record Header(String name, String value) {
    }

    private final String method;
    private final String requestUri;
    private final int statusCode;
    private final String reason;
    private final List<Header> headers;
    private final byte[] body;

    private SipMessage(String method, String requestUri, int statusCode, String reason, List<Header> headers,
            byte[] body) {
        this.method = method;
        this.requestUri = requestUri;
        this.statusCode = statusCode;
        this.reason = reason;
        this.headers = List.copyOf(headers);
        this.body = body.clone();
    }

    /** A request; Content-Length is added by {@link #encode()}. */
    public static SipMessage request(String method, String requestUri, List<Header> headers) {
        if (method == null || !method.matches("[A-Za-z0-9.!%*_+`'~-]+")) {
            throw new IllegalArgumentException("'" + method + "' is not a SIP method");
        }
        return new SipMessage(method, requestUri, 0, null, withoutLength(headers), new byte[0]);
    }

    /** A response; Content-Length is added by {@link #encode()}. */
    public static SipMessage response(int statusCode, String reason, List<Header> headers) {
        if (statusCode < 100 || statusCode > 699) {
            throw new IllegalArgumentException("status " + statusCode + " is not between 100 and 699");
        }
        return new SipMessage(null, null, statusCode, reason, withoutLength(headers), new byte[0]);
    }

    private static List<Header> withoutLength(List<Header> headers) {
        return headers.stream().filter(h -> !h.name().equalsIgnoreCase("Content-Length")).toList();
    }

    public boolean isRequest() {
        return method != null;
    }

    /** The method of a request (as sent, e.g. {@code OPTIONS}), null for a response. */
    public String method() {
        return method;
    }

    /** The Request-URI of a request, null for a response. */
    public String requestUri() {
        return requestUri;
    }

    /** The status code of a response, 0 for a request. */
    public int statusCode() {
        return statusCode;
    }

    /** The reason phrase of a response, null for a request. */
    public String reason() {
        return reason;
    }

    public List<Header> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    /** The first value of header {@code name} (long or compact name, any case). */
    public Optional<String> header(String name) {
        List<String> all = headers(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Every value of header {@code name} in order; Via and Contact lines holding several comma-separated values are
     * split into one value each.
     */
    public List<String> headers(String name) {
        String wanted = canonical(name);
        boolean split = wanted.equalsIgnoreCase("Via") || wanted.equalsIgnoreCase("Contact")
                || wanted.equalsIgnoreCase("Route") || wanted.equalsIgnoreCase("Record-Route");
        List<String> values = new ArrayList<>();
        for (Header header : headers) {
            if (header.name().equalsIgnoreCase(wanted)) {
                if (split) {
                    values.addAll(splitCommas(header.value()));
                } else {
                    values.add(header.value());
                }
            }
        }
        return values;
    }

    /** The topmost Via, parsed. */
    public Optional<SipVia> topVia() throws SipParseException {
        Optional<String> via = header("Via");
        return via.isEmpty() ? Optional.empty() : Optional.of(SipVia.parse(via.get()));
    }

    /** The number and method of the CSeq header. */
    public Optional<CSeq> cseq() throws SipParseException {
        Optional<String> value = header("CSeq");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String[] parts = value.get().strip().split("\\s+");
        if (parts.length != 2) {
            throw new SipParseException("CSeq '" + value.get() + "' is not 'NUMBER METHOD'");
        }
        try {
            return Optional.of(new CSeq(Long.parseLong(parts[0]), parts[1]));
        } catch (NumberFormatException e) {
            throw new SipParseException("CSeq '" + value.get() + "' has no number");
        }
    }

    /** The CSeq header: sequence number and method. */
    public record CSeq(long number, String method) {
    }

    /** The same message with {@code header} added after the others. */
    public SipMessage with(Header header) {
        List<Header> more = new ArrayList<>(headers);
        more.add(header);
        return new SipMessage(method, requestUri, statusCode, reason, more, body);
    }

    /** The message as sent: start line, headers (with a Content-Length for the body), blank line, body. */
    public byte[] encode() {
        StringBuilder text = new StringBuilder();
        if (isRequest()) {
            text.append(method).append(' ').append(requestUri).append(" SIP/2.0\r\n");
        } else {
            text.append("SIP/2.0 ").append(statusCode).append(' ').append(reason == null ? "" : reason)
                    .append("\r\n");
        }
        for (Header header : headers) {
            if (!header.name().equalsIgnoreCase("Content-Length")) {
                text.append(header.name()).append(": ").append(header.value()).append("\r\n");
            }
        }
        text.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Override
    public String toString() {
        return new String(encode(), StandardCharsets.UTF_8);
    }

    /** Decodes one datagram (a body longer than Content-Length is cut, as RFC 3261 section 18.3 says). */
    public static SipMessage decode(byte[] bytes, int offset, int length) throws SipParseException {
        try {
            return parse(bytes, offset, length, true);
        } catch (SipParseException e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser is written not to throw anything else; this keeps the promise if it ever did
            throw new SipParseException("not a SIP message (" + e + ")");
        }
    }

    public static SipMessage decode(byte[] bytes) throws SipParseException {
        return decode(bytes, 0, bytes == null ? 0 : bytes.length);
    }

    /**
     * Reads the next message from a stream (TCP, TLS), framed by Content-Length, which a stream transport requires.
     * CRLF keep-alives before a message are skipped.
     *
     * @return null at the end of the stream before a message began
     * @throws SipParseException when the bytes are not SIP, the head exceeds {@link #MAX_SIZE} or Content-Length is
     *             missing
     * @throws IOException when reading fails or the stream ends inside a message
     */
    public static SipMessage read(InputStream in) throws IOException, SipParseException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) == '\r' || c == '\n') {
            // keep-alive CRLFs (RFC 5626) between messages
        }
        if (c < 0) {
            return null;
        }
        head.write(c);
        int state = 0; // how much of CRLFCRLF has been seen
        while (state < 4) {
            c = in.read();
            if (c < 0) {
                throw new IOException("the connection closed inside a SIP message");
            }
            head.write(c);
            if (head.size() > MAX_SIZE) {
                throw new SipParseException("a SIP message head longer than " + MAX_SIZE + " bytes");
            }
            state = (c == '\r' && (state == 0 || state == 2)) || (c == '\n' && (state == 1 || state == 3)) ? state + 1
                    : c == '\r' ? 1 : 0;
        }
        byte[] headBytes = head.toByteArray();
        SipMessage withoutBody;
        try {
            withoutBody = parse(headBytes, 0, headBytes.length, false);
        } catch (RuntimeException e) {
            throw new SipParseException("not a SIP message (" + e + ")");
        }
        Optional<String> length = withoutBody.header("Content-Length");
        if (length.isEmpty()) {
            throw new SipParseException("a SIP message over a stream without Content-Length");
        }
        int bodyLength = contentLength(length.get());
        if (bodyLength > MAX_SIZE) {
            throw new SipParseException("Content-Length " + bodyLength + " is above " + MAX_SIZE);
        }
        byte[] body = in.readNBytes(bodyLength);
        if (body.length < bodyLength) {
            throw new IOException("the connection closed inside a SIP message body");
        }
        return new SipMessage(withoutBody.method, withoutBody.requestUri, withoutBody.statusCode, withoutBody.reason,
                withoutBody.headers, body);
    }

    /** With {@code datagram} false, the bytes end with the head and the body (read by the caller) is not checked. */
    private static SipMessage parse(byte[] bytes, int offset, int length, boolean datagram) throws SipParseException {
        if (bytes == null || offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new SipParseException("no bytes");
        }
        int headEnd = -1;
        for (int i = offset; i + 3 < offset + length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                headEnd = i;
                break;
            }
        }
        if (headEnd < 0) {
            throw new SipParseException("no blank line after the headers");
        }
        String head = new String(bytes, offset, headEnd - offset, StandardCharsets.UTF_8);
        String[] lines = head.split("\r\n", -1);
        String start = lines[0];
        String method = null;
        String uri = null;
        int code = 0;
        String reason = null;
        if (start.startsWith("SIP/2.0 ")) {
            String[] parts = start.split(" ", 3);
            if (parts.length < 2 || !parts[1].matches("[1-6][0-9][0-9]")) {
                throw new SipParseException("status line '" + printable(start) + "' has no status code");
            }
            code = Integer.parseInt(parts[1]);
            reason = parts.length == 3 ? parts[2] : "";
        } else {
            String[] parts = start.split(" ");
            if (parts.length != 3 || !parts[2].equals("SIP/2.0") || !parts[0].matches("[A-Za-z0-9.!%*_+`'~-]+")
                    || parts[1].isEmpty()) {
                throw new SipParseException("'" + printable(start) + "' is neither a SIP request nor a status line");
            }
            method = parts[0];
            uri = parts[1];
        }
        List<Header> headers = new ArrayList<>();
        // the header being read, which continuation lines extend (appended, not copied per line: linear in the size)
        String name = null;
        StringBuilder value = null;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
                if (name == null) {
                    throw new SipParseException("a continuation line before any header");
                }
                value.append(' ').append(line.strip());
                continue;
            }
            if (name != null) {
                headers.add(new Header(name, value.toString().strip()));
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new SipParseException("header line '" + printable(line) + "' has no name and ':'");
            }
            String written = line.substring(0, colon).strip();
            if (!written.matches("[A-Za-z0-9.!%*_+`'~-]+")) {
                throw new SipParseException("'" + printable(written) + "' is not a header name");
            }
            name = canonical(written);
            value = new StringBuilder(line.substring(colon + 1).strip());
        }
        if (name != null) {
            headers.add(new Header(name, value.toString().strip())); // a blank continuation line adds nothing
        }
        int bodyStart = headEnd + 4;
        int available = offset + length - bodyStart;
        int bodyLength = available;
        for (Header header : datagram ? headers : List.<Header>of()) {
            if (header.name().equals("Content-Length")) {
                bodyLength = contentLength(header.value());
                if (bodyLength > available) {
                    throw new SipParseException("Content-Length " + bodyLength + " but only " + available
                            + " bytes of body");
                }
                break;
            }
        }
        byte[] body = Arrays.copyOfRange(bytes, bodyStart, bodyStart + bodyLength);
        return new SipMessage(method, uri, code, reason, headers, body);
    }

    private static int contentLength(String value) throws SipParseException {
        String digits = value.strip();
        if (!digits.matches("[0-9]{1,9}")) {
            throw new SipParseException("Content-Length '" + printable(value) + "' is not a number");
        }
        return Integer.parseInt(digits);
    }

    /** The long form of a header name, in the case RFC 3261 writes it for the common ones. */
    static String canonical(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String longName = COMPACT.get(lower);
        if (longName != null) {
            return longName;
        }
        for (String known : List.of("Via", "From", "To", "Call-ID", "CSeq", "Contact", "Content-Length",
                "Content-Type", "Max-Forwards", "Expires", "WWW-Authenticate", "Proxy-Authenticate", "Authorization",
                "Proxy-Authorization", "User-Agent", "Server", "Allow", "Supported", "Accept")) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return name;
    }

    /** Splits at commas outside double quotes and angle brackets. */
    static List<String> splitCommas(String value) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int angle = 0;
        int begin = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' && (i == 0 || value.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>' && angle > 0) {
                angle--;
            } else if (!quoted && angle == 0 && c == ',') {
                parts.add(value.substring(begin, i).strip());
                begin = i + 1;
            }
        }
        parts.add(value.substring(begin).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    static String printable(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        StringBuilder out = new StringBuilder();
        cut.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7F ? '?' : (char) c));
        return out.toString();
    }
}
