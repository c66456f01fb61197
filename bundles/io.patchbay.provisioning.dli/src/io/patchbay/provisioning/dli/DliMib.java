package io.patchbay.provisioning.dli;

import java.util.Locale;

/**
 * The objects of the Patchbay MIB ({@code bundles/io.patchbay.simulator/MIB.md}) that software deployment (DLI/DLS,
 * F-11, F-12) reads and writes: two system scalars under {@code pbSystem} and the phone table {@code pbDeviceTable}
 * under {@code 1.3.6.1.4.1.32473.1.4.1}, indexed by the phone's MAC address as six sub-identifiers. TruthValues are
 * {@code 1} true and {@code 2} false.
 *
 * @since 0.1
 */
public final class DliMib {

    /** pbSoftwareDeployment, TruthValue, read-write: software deployment to devices at home (F-11). */
    public static final String SOFTWARE_DEPLOYMENT = "1.3.6.1.4.1.32473.1.1.4.0";
    /** pbDlsAddress, OCTET STRING, read-write: the DLS address the system announces (F-12). */
    public static final String DLS_ADDRESS = "1.3.6.1.4.1.32473.1.1.9.0";

    /** {@code pbDeviceEntry}; an instance is {@code ENTRY.COLUMN.M1.M2.M3.M4.M5.M6}. */
    public static final String DEVICE_ENTRY = "1.3.6.1.4.1.32473.1.4.1.1";
    /** pbDeviceStation, INTEGER, read-only: the call number of the phone's station. */
    public static final int DEVICE_STATION = 2;
    /** pbDeviceFirmware, OCTET STRING, read-only: the firmware the phone registered with (F-13). */
    public static final int DEVICE_FIRMWARE = 3;
    /** pbDeviceGateway, OCTET STRING, read-write: IPv4 address or DNS name (F-12). */
    public static final int DEVICE_GATEWAY = 4;
    /** pbDeviceDlsAddress, OCTET STRING, read-write: IPv4 address or DNS name (F-12). */
    public static final int DEVICE_DLS_ADDRESS = 5;
    /** pbDeviceTimeSource, INTEGER {system(1), own(2)}, read-write (F-12). */
    public static final int DEVICE_TIME_SOURCE = 6;
    /** pbDeviceDeployment, TruthValue, read-write: whether the system deploys software and settings to the phone. */
    public static final int DEVICE_DEPLOYMENT = 7;

    /** TruthValue true and false. */
    public static final int TRUE = 1, FALSE = 2;
    /** pbDeviceTimeSource: the system's clock, the phone's own. */
    public static final int TIME_FROM_SYSTEM = 1, TIME_OWN = 2;

    private DliMib() {
    }

    /** The column's OID, e.g. {@code column(DEVICE_GATEWAY)} is {@code DEVICE_ENTRY.4}. */
    public static String column(int column) {
        return DEVICE_ENTRY + "." + column;
    }

    /**
     * The instance of {@code column} for the phone with {@code mac} (six hex bytes separated by colons or dashes).
     *
     * @throws IllegalArgumentException when {@code mac} is not a MAC address
     */
    public static String instance(int column, String mac) {
        return column(column) + "." + index(mac);
    }

    /** The table index of a MAC address: its six bytes in decimal, e.g. {@code 0.26.232.18.52.86}. */
    public static String index(String mac) {
        String normal = normalMac(mac);
        StringBuilder index = new StringBuilder();
        for (String part : normal.split(":")) {
            index.append(index.isEmpty() ? "" : ".").append(Integer.parseInt(part, 16));
        }
        return index.toString();
    }

    /**
     * A MAC address as this feature names it, lower case with colons ({@code 00:1a:e8:12:34:56}).
     *
     * @throws IllegalArgumentException when {@code mac} is not six hex bytes separated by colons or dashes
     */
    public static String normalMac(String mac) {
        String normal = mac == null ? "" : mac.strip().toLowerCase(Locale.ROOT).replace('-', ':');
        if (!normal.matches("[0-9a-f]{2}(:[0-9a-f]{2}){5}")) {
            throw new IllegalArgumentException("not a MAC address (e.g. 00:1a:e8:12:34:56): '" + mac + "'");
        }
        return normal;
    }

    /** The MAC address of a table index ({@code 0.26.232.18.52.86}), lower case with colons. */
    public static String macOf(String index) {
        StringBuilder mac = new StringBuilder();
        for (String part : index.split("\\.")) {
            mac.append(mac.isEmpty() ? "" : ":").append(String.format(Locale.ROOT, "%02x", Integer.parseInt(part)));
        }
        return mac.toString();
    }
}
