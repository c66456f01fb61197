package io.patchbay.probe.rsip;

import java.util.List;

/**
 * The value of a PORTS parameter: a number and 0, 1 or {@code number} port fields. One port field with a number k
 * above 1 is the range of k ports starting at that port; no port field is "any k ports".
 *
 * @param number the number field, 0–255
 * @param ports the port fields, 0–65535 each
 * @since 0.1
 */
public record RsipPorts(int number, List<Integer> ports) {

    public RsipPorts {
        ports = List.copyOf(ports);
        if (number < 0 || number > 255) {
            throw new IllegalArgumentException("the number of ports must be 0–255, not " + number);
        }
        if (ports.size() > 1 && ports.size() != number) {
            throw new IllegalArgumentException(ports.size() + " port fields do not match the number " + number);
        }
        for (int port : ports) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
            }
        }
    }

    /** {@code count} contiguous ports from {@code first}. */
    public static RsipPorts range(int first, int count) {
        return new RsipPorts(count, List.of(first));
    }

    /** Any {@code count} ports the server chooses. */
    public static RsipPorts any(int count) {
        return new RsipPorts(count, List.of());
    }

    /** The first port, or 0 when the server is to choose. */
    public int first() {
        return ports.isEmpty() ? 0 : ports.get(0);
    }

    /** How many ports the parameter stands for. */
    public int count() {
        return ports.size() == 1 ? Math.max(1, number) : number;
    }

    @Override
    public String toString() {
        return ports.size() == 1 && number > 1 ? first() + "+" + number : number + " " + ports;
    }
}
