package io.patchbay.provisioning.sbc;

/**
 * The station objects of the Patchbay MIB ({@code bundles/io.patchbay.simulator/MIB.md}) this feature reads and
 * writes: {@code pbStationTable} under {@code 1.3.6.1.4.1.32473.1.2.1}, indexed by call number. TruthValues are
 * {@code 1} true and {@code 2} false.
 *
 * @since 0.1
 */
public final class StationMib {

    /** {@code pbStationEntry}; an instance is {@code ENTRY.COLUMN.CALLNUMBER}. */
    public static final String ENTRY = "1.3.6.1.4.1.32473.1.2.1.1";
    /** pbStationAuthentication, TruthValue, read-write. */
    public static final int AUTHENTICATION = 4;
    /** pbStationPassword, OCTET STRING, write-only: reads give an empty string. */
    public static final int PASSWORD = 5;
    /** pbStationSbc, TruthValue, read-write: "Internet Registration with internal SBC". */
    public static final int SBC = 6;
    /** pbStationClassOfService, INTEGER internal(1) … premium(5), read-write. */
    public static final int CLASS_OF_SERVICE = 8;

    /** TruthValue true and false. */
    public static final int TRUE = 1, FALSE = 2;

    private StationMib() {
    }

    /** The column's OID, e.g. {@code column(SBC)} is {@code ENTRY.6}. */
    public static String column(int column) {
        return ENTRY + "." + column;
    }

    /** The instance of {@code column} for the station with {@code callNumber}. */
    public static String instance(int column, int callNumber) {
        return column(column) + "." + callNumber;
    }
}
