package io.patchbay.model;

/**
 * An inclusive range of TCP/UDP ports, or a single port when {@code first == last}.
 * <p>
 * This is the value type behind the {@code PortRange} data type of the estate model. Its text form, used in
 * estate files and CSV imports, is {@code "4060"} for a single port and {@code "30274-30529"} for a range.
 *
 * @param first the first port of the range (1..65535)
 * @param last  the last port of the range ({@code first}..65535)
 */
public record PortRange(int first, int last) {

    /** The smallest valid port number. */
    public static final int MIN_PORT = 1;

    /** The largest valid port number. */
    public static final int MAX_PORT = 65535;

    /**
     * Creates a range.
     *
     * @throws IllegalArgumentException if a port is outside 1..65535 or {@code last < first}
     */
    public PortRange {
        if (first < MIN_PORT || first > MAX_PORT || last < MIN_PORT || last > MAX_PORT) {
            throw new IllegalArgumentException("port out of range 1-65535: " + first + "-" + last);
        }
        if (last < first) {
            throw new IllegalArgumentException("port range ends before it starts: " + first + "-" + last);
        }
    }

    /**
     * Returns the range holding exactly one port.
     *
     * @param port the port
     * @return the range {@code port-port}
     */
    public static PortRange of(int port) {
        return new PortRange(port, port);
    }

    /**
     * Returns the range {@code first..last}.
     *
     * @param first the first port
     * @param last  the last port
     * @return the range
     */
    public static PortRange of(int first, int last) {
        return new PortRange(first, last);
    }

    /**
     * Parses the text form: {@code "4060"} or {@code "30274-30529"} (blanks around the numbers are ignored).
     *
     * @param text the text form
     * @return the range
     * @throws IllegalArgumentException if the text is not a valid port or port range
     */
    public static PortRange parse(String text) {
        String s = text.strip();
        int dash = s.indexOf('-');
        try {
            if (dash < 0) {
                return of(Integer.parseInt(s));
            }
            return of(Integer.parseInt(s.substring(0, dash).strip()), Integer.parseInt(s.substring(dash + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port or port range: '" + text + "'", e);
        }
    }

    /**
     * Returns the number of ports in the range.
     *
     * @return {@code last - first + 1}
     */
    public int count() {
        return last - first + 1;
    }

    /**
     * Tells whether a port lies in this range.
     *
     * @param port a port
     * @return whether {@code first <= port <= last}
     */
    public boolean contains(int port) {
        return port >= first && port <= last;
    }

    /**
     * Tells whether two ranges share at least one port.
     *
     * @param other another range
     * @return whether the ranges overlap
     */
    public boolean overlaps(PortRange other) {
        return first <= other.last && other.first <= last;
    }

    /**
     * Returns the text form used in estate files.
     *
     * @return {@code "4060"} or {@code "30274-30529"}
     */
    @Override
    public String toString() {
        return first == last ? Integer.toString(first) : first + "-" + last;
    }
}
