package io.patchbay.provisioning.rsip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.patchbay.model.RsipServer;

/**
 * The text of {@code /etc/rsipd.conf} (F-51): one {@code KEY=VALUE} a line, {@code #} comments. Patchbay owns the
 * whole file: it writes the keys of {@link #KEYS} that have a value, in that order, under a comment saying where it
 * came from.
 *
 * @since 0.1
 */
public final class RsipdConfFile {

    /** Where rsipd reads it. */
    public static final String PATH = "/etc/rsipd.conf";

    /** The parameters of F-51, in file order. */
    public static final List<String> KEYS = List.of("PORT_RANGE", "LISTEN_RANGE", "MAX_CLIENTS", "INT_IF", "EXT_IF",
            "POOL", "MTU", "LOG_LEVEL");

    /** The first line of a file Patchbay wrote. */
    public static final String HEADER = "# written by Patchbay from the estate: change the estate, not this file";

    private RsipdConfFile() {
    }

    /**
     * The settings of a file: key → value in file order, quotes around a value removed, comments and blank lines
     * skipped. A line without {@code =} is kept under its whole text with an empty value, so that it shows in a plan.
     */
    public static Map<String, String> parse(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String key = eq < 0 ? line : line.substring(0, eq).strip();
            String value = eq < 0 ? "" : line.substring(eq + 1).strip();
            if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                    || value.startsWith("'") && value.endsWith("'"))) {
                value = value.substring(1, value.length() - 1);
            }
            settings.put(key, value);
        }
        return settings;
    }

    /** The file for {@code settings}: {@link #HEADER}, then the known keys in F-51 order, then any others. */
    public static String render(Map<String, String> settings) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (String key : KEYS) {
            String value = settings.getOrDefault(key, "");
            if (!value.isEmpty()) {
                text.append(key).append('=').append(value).append('\n');
            }
        }
        settings.forEach((key, value) -> {
            if (!KEYS.contains(key) && !value.isEmpty()) {
                text.append(key).append('=').append(value).append('\n');
            }
        });
        return text.toString();
    }

    /**
     * What the estate says for each key of {@link #KEYS} (the empty string for a key it leaves unset: no
     * LISTEN_RANGE, MTU 0, no LOG_LEVEL).
     */
    public static Map<String, String> fromEstate(RsipServer server) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("PORT_RANGE", server.getPortRange() == null ? "" : range(server.getPortRange()));
        settings.put("LISTEN_RANGE", server.getListenRange() == null ? "" : range(server.getListenRange()));
        settings.put("MAX_CLIENTS", String.valueOf(server.getMaxClients()));
        settings.put("INT_IF", text(server.getInternalInterface()));
        settings.put("EXT_IF", text(server.getExternalInterface()));
        settings.put("POOL", text(server.getPool()).replaceAll("[,\\s]+", ","));
        settings.put("MTU", server.getMtu() > 0 ? String.valueOf(server.getMtu()) : "");
        settings.put("LOG_LEVEL", text(server.getLogLevel()));
        return settings;
    }

    private static String range(io.patchbay.model.PortRange range) {
        return range.first() + "-" + range.last();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
