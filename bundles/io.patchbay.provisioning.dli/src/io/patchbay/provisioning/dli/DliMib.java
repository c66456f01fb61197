package io.patchbay.provisioning.dli;

/**
 * The objects of the Patchbay MIB ({@code bundles/io.patchbay.simulator/MIB.md}) that software deployment (DLI/DLS,
 * F-11, F-12) reads and writes: two system scalars under {@code pbSystem} and the phone table {@code pbDeviceTable}
 * under {@code 1.3.6.1.4.1.32473.1.4.1}, indexed by the call number of the station the phone logs in as (HFA phones
 * log in with the subscriber number). TruthValues are {@code 1} true and {@code 2} false.
 *
 * @since 0.1
 */
public final class DliMib {

    /** pbSoftwareDeployment, TruthValue, read-write: software deployment to devices at home (F-11). */
    public static final String SOFTWARE_DEPLOYMENT = "1.3.6.1.4.1.32473.1.1.4.0";
    /** pbDlsAddress, OCTET STRING, read-write: the DLS address the system announces (F-12). */
    public static final String DLS_ADDRESS = "1.3.6.1.4.1.32473.1.1.9.0";

    /** {@code pbDeviceEntry}; an instance is {@code ENTRY.COLUMN.CALLNUMBER}. */
    public static final String DEVICE_ENTRY = "1.3.6.1.4.1.32473.1.4.1.1";
    /** pbDeviceStation, INTEGER, read-only: the call number of the station the phone logs in as (the index). */
    public static final int DEVICE_STATION = 1;
    /** pbDeviceMac, OCTET STRING, read-only: the phone's MAC address as the system saw it; empty when unknown. */
    public static final int DEVICE_MAC = 2;
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

    /** The instance of {@code column} for the phone that logs in as station {@code callNumber}. */
    public static String instance(int column, int callNumber) {
        return column(column) + "." + callNumber;
    }
}
