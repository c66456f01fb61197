package io.patchbay.simulator.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * DD-WRT's NVRAM: {@code set} changes the running values only, {@code commit} writes them to flash (here: a file),
 * and a reboot starts again from what was committed. Shared by all sessions of one twin.
 */
public final class Nvram {

    /** The flash size of a WZR-HP-G300NH, for {@code nvram show}'s last line. */
    private static final int FLASH_BYTES = 65536;

    private final Path file;
    private final TreeMap<String, String> running = new TreeMap<>();

    public Nvram(Path file) {
        this.file = file;
        reboot();
    }

    /** Drops every uncommitted change: the running values become the committed ones (factory defaults at first). */
    public synchronized void reboot() {
        running.clear();
        running.putAll(committed());
    }

    public synchronized Optional<String> get(String name) {
        return Optional.ofNullable(running.get(name));
    }

    public synchronized void set(String name, String value) {
        running.put(name, value);
    }

    public synchronized void unset(String name) {
        running.remove(name);
    }

    public synchronized Map<String, String> show() {
        return new TreeMap<>(running);
    }

    /** Bytes used, counted as DD-WRT does: {@code name=value\0} per variable. */
    public synchronized int bytesUsed() {
        return running.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length() + 2).sum();
    }

    public int bytesFree() {
        return FLASH_BYTES - bytesUsed();
    }

    public synchronized void commit() {
        Properties properties = new Properties();
        properties.putAll(running);
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "nvram", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(out, "DD-WRT twin NVRAM (committed values)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the twin's NVRAM " + file, e);
        }
    }

    /** What a reboot would come up with. */
    public synchronized Map<String, String> committed() {
        if (!Files.exists(file)) {
            return factoryDefaults();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the twin's NVRAM " + file, e);
        }
        TreeMap<String, String> values = new TreeMap<>();
        properties.forEach((k, v) -> values.put((String) k, (String) v));
        return values;
    }

    private static Map<String, String> factoryDefaults() {
        TreeMap<String, String> values = new TreeMap<>();
        values.put("router_name", "DD-WRT");
        values.put("DD_BOARD", "Buffalo WZR-HP-G300NH");
        values.put("os_version", "v24-sp2");
        values.put("lan_ipaddr", "192.168.11.1");
        values.put("lan_netmask", "255.255.255.0");
        values.put("wan_proto", "dhcp");
        values.put("sshd_enable", "1");
        values.put("ntp_enable", "0");
        values.put("forward_spec", "");
        values.put("forward_port", "");
        values.put("spoa_history", "");
        return values;
    }
}
