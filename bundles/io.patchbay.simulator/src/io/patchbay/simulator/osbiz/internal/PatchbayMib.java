package io.patchbay.simulator.osbiz.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.snmp4j.PDU;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.SMIConstants;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * The objects of the OSBiz twin (MIB-II system group and the Patchbay MIB, see the bundle's MIB.md) and the system's
 * own checks of a SET: every varbind is checked, then the state the whole SET would lead to, and only then is
 * anything applied, so a refused SET changes nothing.
 */
public final class PatchbayMib {

    public static final OID SYSTEM = new OID("1.3.6.1.2.1.1");
    public static final OID SYS_UP_TIME = new OID("1.3.6.1.2.1.1.3.0");
    public static final OID ENTERPRISE = new OID("1.3.6.1.4.1.32473.1");
    public static final OID PB_SYSTEM = new OID("1.3.6.1.4.1.32473.1.1");
    public static final OID STATION_ENTRY = new OID("1.3.6.1.4.1.32473.1.2.1.1");
    public static final OID SPE_CERTIFICATE = new OID("1.3.6.1.4.1.32473.1.3");
    public static final OID DEVICE_ENTRY = new OID("1.3.6.1.4.1.32473.1.4.1.1");

    /** Station columns (pbStationEntry.N). */
    public static final int COL_CALL_NUMBER = 1, COL_NAME = 2, COL_TYPE = 3, COL_AUTH = 4, COL_PASSWORD = 5,
            COL_SBC = 6, COL_SPE = 7, COL_COS = 8;
    /** System scalars (pbSystem.N.0). */
    public static final int SYS_STUN_SERVER = 1, SYS_STUN_PORT = 2, SYS_INTERNET_CALLS = 3, SYS_DLI = 4,
            SYS_SPE = 5, SYS_SPE_MIN_KEY = 6, SYS_RELEASE = 7, SYS_PUBLIC_ADDRESS = 8, SYS_DLS_ADDRESS = 9;

    /** Device (phone) columns (pbDeviceEntry.N), indexed by the call number of the station it logs in as. */
    public static final int DEV_STATION = 1, DEV_MAC = 2, DEV_FIRMWARE = 3, DEV_GATEWAY = 4, DEV_DLS_ADDRESS = 5,
            DEV_TIME_SOURCE = 6, DEV_DEPLOYMENT = 7;
    /** pbDeviceTimeSource values. */
    public static final int TIME_FROM_SYSTEM = 1, TIME_OWN = 2;

    /** SPE certificate store scalars (pbSpeCertificate.N.0). */
    public static final int CERT_IMPORT = 1, CERT_PASSPHRASE = 2, CERT_SERIAL = 3, CERT_SUBJECT = 4, CERT_ISSUER = 5,
            CERT_NOT_AFTER = 6, CERT_KEY_LENGTH = 7;

    static final int TRUE = 1, FALSE = 2;

    private record Column(int syntax, boolean writable, Predicate<Variable> valid) {
    }

    private final NavigableMap<OID, Variable> objects = new TreeMap<>();
    private final Map<OID, Column> writableScalars = new HashMap<>();
    private final Map<Integer, Column> columns = new HashMap<>();
    private final Map<Integer, Column> deviceColumns = new HashMap<>();
    private final List<OID> ignoredWrites = new ArrayList<>();
    private final Map<Integer, String> passwords = new HashMap<>();
    private final long startNanos = System.nanoTime();

    public PatchbayMib(String sysDescr, String release) {
        objects.put(new OID("1.3.6.1.2.1.1.1.0"), new OctetString(sysDescr));
        objects.put(new OID("1.3.6.1.2.1.1.2.0"), ENTERPRISE);
        objects.put(SYS_UP_TIME, new TimeTicks(0));
        scalar(new OID("1.3.6.1.2.1.1.4.0"), new OctetString("NOC <noc@example.net>"), SMIConstants.SYNTAX_OCTET_STRING,
                v -> ((OctetString) v).length() <= 255);
        scalar(new OID("1.3.6.1.2.1.1.5.0"), new OctetString("osbiz-twin"), SMIConstants.SYNTAX_OCTET_STRING,
                v -> ((OctetString) v).length() <= 255);
        scalar(new OID("1.3.6.1.2.1.1.6.0"), new OctetString("Lab"), SMIConstants.SYNTAX_OCTET_STRING,
                v -> ((OctetString) v).length() <= 255);
        objects.put(new OID("1.3.6.1.2.1.1.7.0"), new Integer32(72));

        scalar(sys(SYS_STUN_SERVER), new OctetString(""), SMIConstants.SYNTAX_OCTET_STRING,
                v -> ((OctetString) v).toString().matches("[A-Za-z0-9.-]{0,253}"));
        scalar(sys(SYS_STUN_PORT), new Integer32(3478), SMIConstants.SYNTAX_INTEGER, v -> between(v, 1, 65535));
        scalar(sys(SYS_INTERNET_CALLS), new Integer32(0), SMIConstants.SYNTAX_INTEGER, v -> between(v, 0, 180));
        scalar(sys(SYS_DLI), new Integer32(FALSE), SMIConstants.SYNTAX_INTEGER, PatchbayMib::truthValue);
        scalar(sys(SYS_SPE), new Integer32(FALSE), SMIConstants.SYNTAX_INTEGER, PatchbayMib::truthValue);
        scalar(sys(SYS_SPE_MIN_KEY), new Integer32(2048), SMIConstants.SYNTAX_INTEGER,
                v -> v.toInt() == 1024 || v.toInt() == 2048 || v.toInt() == 4096);
        objects.put(sys(SYS_RELEASE), new OctetString(release));
        scalar(sys(SYS_PUBLIC_ADDRESS), new IpAddress("0.0.0.0"), SMIConstants.SYNTAX_IPADDRESS, v -> true);
        scalar(sys(SYS_DLS_ADDRESS), new OctetString(""), SMIConstants.SYNTAX_OCTET_STRING, PatchbayMib::address);

        scalar(cert(CERT_IMPORT), new OctetString(), SMIConstants.SYNTAX_OCTET_STRING, v -> true);
        scalar(cert(CERT_PASSPHRASE), new OctetString(), SMIConstants.SYNTAX_OCTET_STRING, v -> true);
        objects.put(cert(CERT_SERIAL), new OctetString());
        objects.put(cert(CERT_SUBJECT), new OctetString());
        objects.put(cert(CERT_ISSUER), new OctetString());
        objects.put(cert(CERT_NOT_AFTER), new OctetString());
        objects.put(cert(CERT_KEY_LENGTH), new Integer32(0));

        columns.put(COL_CALL_NUMBER, new Column(SMIConstants.SYNTAX_INTEGER, false, v -> false));
        columns.put(COL_NAME, new Column(SMIConstants.SYNTAX_OCTET_STRING, false, v -> false));
        columns.put(COL_TYPE, new Column(SMIConstants.SYNTAX_INTEGER, false, v -> false));
        columns.put(COL_AUTH, new Column(SMIConstants.SYNTAX_INTEGER, true, PatchbayMib::truthValue));
        columns.put(COL_PASSWORD, new Column(SMIConstants.SYNTAX_OCTET_STRING, true, v -> true));
        columns.put(COL_SBC, new Column(SMIConstants.SYNTAX_INTEGER, true, PatchbayMib::truthValue));
        columns.put(COL_SPE, new Column(SMIConstants.SYNTAX_INTEGER, true, PatchbayMib::truthValue));
        columns.put(COL_COS, new Column(SMIConstants.SYNTAX_INTEGER, true, v -> between(v, 1, 5)));

        deviceColumns.put(DEV_MAC, new Column(SMIConstants.SYNTAX_OCTET_STRING, false, v -> false));
        deviceColumns.put(DEV_STATION, new Column(SMIConstants.SYNTAX_INTEGER, false, v -> false));
        deviceColumns.put(DEV_FIRMWARE, new Column(SMIConstants.SYNTAX_OCTET_STRING, false, v -> false));
        deviceColumns.put(DEV_GATEWAY, new Column(SMIConstants.SYNTAX_OCTET_STRING, true, PatchbayMib::address));
        deviceColumns.put(DEV_DLS_ADDRESS, new Column(SMIConstants.SYNTAX_OCTET_STRING, true, PatchbayMib::address));
        deviceColumns.put(DEV_TIME_SOURCE, new Column(SMIConstants.SYNTAX_INTEGER, true,
                v -> v.toInt() == TIME_FROM_SYSTEM || v.toInt() == TIME_OWN));
        deviceColumns.put(DEV_DEPLOYMENT, new Column(SMIConstants.SYNTAX_INTEGER, true, PatchbayMib::truthValue));
    }

    /** The instance of a device column for the phone that logs in as station {@code callNumber}. */
    public static OID device(int column, int callNumber) {
        return new OID(DEVICE_ENTRY).append(column).append(callNumber);
    }

    /**
     * Adds a phone the system knows (it logged in as station {@code callNumber} with this firmware), as provisioned
     * in the office: gateway and DLS address {@code officeAddress}, its own clock, software deployment on.
     */
    public synchronized void addDevice(int callNumber, String mac, String firmware, String officeAddress) {
        objects.put(device(DEV_STATION, callNumber), new Integer32(callNumber));
        objects.put(device(DEV_MAC, callNumber), new OctetString(mac == null ? "" : mac));
        objects.put(device(DEV_FIRMWARE, callNumber), new OctetString(firmware == null ? "" : firmware));
        objects.put(device(DEV_GATEWAY, callNumber), new OctetString(officeAddress));
        objects.put(device(DEV_DLS_ADDRESS, callNumber), new OctetString(officeAddress));
        objects.put(device(DEV_TIME_SOURCE, callNumber), new Integer32(TIME_OWN));
        objects.put(device(DEV_DEPLOYMENT, callNumber), new Integer32(TRUE));
    }

    /**
     * A fault: SETs of instances under {@code prefix} are answered {@code noError} but not stored ({@code null}
     * clears every such fault).
     */
    public synchronized void ignoreWrites(OID prefix) {
        if (prefix == null) {
            ignoredWrites.clear();
        } else {
            ignoredWrites.add(prefix);
        }
    }

    public static OID sys(int scalar) {
        return new OID(PB_SYSTEM).append(scalar).append(0);
    }

    public static OID cert(int scalar) {
        return new OID(SPE_CERTIFICATE).append(scalar).append(0);
    }

    public static OID station(int column, int callNumber) {
        return new OID(STATION_ENTRY).append(column).append(callNumber);
    }

    private void scalar(OID oid, Variable initial, int syntax, Predicate<Variable> valid) {
        objects.put(oid, initial);
        writableScalars.put(oid, new Column(syntax, true, valid));
    }

    /** The system's minimum SPE key length as configured on the system (pbSpeMinKeyLength). */
    public synchronized void speMinimumKeyLength(int bits) {
        objects.put(sys(SYS_SPE_MIN_KEY), new Integer32(bits));
    }

    /** Adds a station row (stations are created on the system, never by SNMP). */
    public synchronized void addStation(int callNumber, String name, int type, boolean auth, String password,
            boolean sbc, boolean spe, int classOfService) {
        objects.put(station(COL_CALL_NUMBER, callNumber), new Integer32(callNumber));
        objects.put(station(COL_NAME, callNumber), new OctetString(name));
        objects.put(station(COL_TYPE, callNumber), new Integer32(type));
        objects.put(station(COL_AUTH, callNumber), new Integer32(auth ? TRUE : FALSE));
        objects.put(station(COL_PASSWORD, callNumber), new OctetString());
        objects.put(station(COL_SBC, callNumber), new Integer32(sbc ? TRUE : FALSE));
        objects.put(station(COL_SPE, callNumber), new Integer32(spe ? TRUE : FALSE));
        objects.put(station(COL_COS, callNumber), new Integer32(classOfService));
        if (password != null) {
            passwords.put(callNumber, password);
        }
    }

    /** The value of an instance, or {@code noSuchObject}/{@code noSuchInstance}. */
    public synchronized Variable get(OID oid) {
        if (oid.equals(SYS_UP_TIME)) {
            return upTime();
        }
        Variable value = objects.get(oid);
        if (value != null) {
            return value;
        }
        boolean objectKnown = objects.keySet().stream().anyMatch(o -> o.size() == oid.size()
                && o.leftMostCompare(oid.size() - 1, oid) == 0);
        return objectKnown ? Null.noSuchInstance : Null.noSuchObject;
    }

    /** The first instance after {@code oid}, or {@code endOfMibView}. */
    public synchronized VariableBinding next(OID oid) {
        Entry<OID, Variable> next = objects.higherEntry(oid);
        if (next == null) {
            return new VariableBinding(oid, Null.endOfMibView);
        }
        return new VariableBinding(next.getKey(), next.getKey().equals(SYS_UP_TIME) ? upTime() : next.getValue());
    }

    /** The result of a SET: {@code status} 0 and the applied values, or the refusal and the 1-based index. */
    public record SetOutcome(int status, int index) {
    }

    public synchronized SetOutcome set(List<VariableBinding> request) {
        Map<OID, Variable> after = new HashMap<>();
        Map<Integer, String> newPasswords = new HashMap<>();
        int importIndex = 0, passphraseIndex = 0;
        byte[] certificateImport = null;
        char[] passphrase = null;
        for (int i = 0; i < request.size(); i++) {
            OID oid = request.get(i).getOid();
            Variable value = request.get(i).getVariable();
            Column column = writableScalars.get(oid);
            Integer callNumber = null;
            if (column == null && oid.size() == STATION_ENTRY.size() + 2 && oid.startsWith(STATION_ENTRY)) {
                column = columns.get(oid.get(STATION_ENTRY.size()));
                callNumber = oid.last();
                if (column != null && !objects.containsKey(oid)) {
                    return new SetOutcome(column.writable ? PDU.noCreation : PDU.notWritable, i + 1);
                }
            }
            if (column == null && oid.size() == DEVICE_ENTRY.size() + 2 && oid.startsWith(DEVICE_ENTRY)) {
                column = deviceColumns.get(oid.get(DEVICE_ENTRY.size()));
                if (column != null && !objects.containsKey(oid)) {
                    return new SetOutcome(column.writable ? PDU.noCreation : PDU.notWritable, i + 1);
                }
            }
            if (column == null || !column.writable) {
                return new SetOutcome(objects.containsKey(oid) ? PDU.notWritable : PDU.noCreation, i + 1);
            }
            if (value.getSyntax() != column.syntax) {
                return new SetOutcome(PDU.wrongType, i + 1);
            }
            if (oid.equals(cert(CERT_IMPORT))) { // write-only: kept for the check below, never stored as a value
                certificateImport = ((OctetString) value).getValue();
                importIndex = i + 1;
                continue;
            }
            if (oid.equals(cert(CERT_PASSPHRASE))) {
                passphrase = new String(((OctetString) value).getValue(), java.nio.charset.StandardCharsets.UTF_8)
                        .toCharArray(); // toString() would give hex for a non-ASCII passphrase
                passphraseIndex = i + 1;
                continue;
            }
            if (callNumber != null && oid.get(STATION_ENTRY.size()) == COL_PASSWORD) {
                String password = value.toString();
                if (!PasswordPolicy.accepts(password, callNumber)) {
                    return new SetOutcome(PDU.wrongValue, i + 1);
                }
                newPasswords.put(callNumber, password);
                continue;
            }
            if (!column.valid.test(value)) {
                return new SetOutcome(PDU.wrongValue, i + 1);
            }
            after.put(oid, value);
        }
        if (certificateImport != null || passphrase != null) {
            SetOutcome refused = SpeCertificateStore.check(certificateImport, importIndex, passphrase,
                    passphraseIndex, valueAfter(after, sys(SYS_SPE_MIN_KEY)).toInt(), after);
            if (refused != null) {
                return refused;
            }
        }
        // consistency of the state the whole SET leads to (F-07, F-20, F-32, F-11, F-12)
        for (int i = 0; i < request.size(); i++) {
            OID oid = request.get(i).getOid();
            if ((oid.equals(sys(SYS_DLI)) || oid.equals(sys(SYS_DLS_ADDRESS)))
                    && valueAfter(after, sys(SYS_DLI)).toInt() == TRUE
                    && valueAfter(after, sys(SYS_DLS_ADDRESS)).toString().isEmpty()) {
                return new SetOutcome(PDU.inconsistentValue, i + 1);
            }
            if (oid.size() == DEVICE_ENTRY.size() + 2 && oid.startsWith(DEVICE_ENTRY)) {
                int column = oid.get(DEVICE_ENTRY.size());
                OID deployment = device(DEV_DEPLOYMENT, oid.last());
                OID dls = device(DEV_DLS_ADDRESS, oid.last());
                if ((column == DEV_DEPLOYMENT || column == DEV_DLS_ADDRESS)
                        && valueAfter(after, deployment).toInt() == TRUE
                        && valueAfter(after, dls).toString().isEmpty()) {
                    return new SetOutcome(PDU.inconsistentValue, i + 1);
                }
                continue;
            }
            if (!oid.startsWith(STATION_ENTRY) || oid.size() != STATION_ENTRY.size() + 2) {
                if (oid.equals(sys(SYS_SPE)) && valueAfter(after, oid).toInt() == FALSE && anyStationSpe(after)) {
                    return new SetOutcome(PDU.inconsistentValue, i + 1);
                }
                continue;
            }
            int column = oid.get(STATION_ENTRY.size());
            int callNumber = oid.last();
            boolean auth = valueAfter(after, station(COL_AUTH, callNumber)).toInt() == TRUE;
            boolean hasPassword = passwords.containsKey(callNumber) || newPasswords.containsKey(callNumber);
            boolean sbc = valueAfter(after, station(COL_SBC, callNumber)).toInt() == TRUE;
            boolean spe = valueAfter(after, station(COL_SPE, callNumber)).toInt() == TRUE;
            if ((column == COL_SBC || column == COL_AUTH) && sbc && !(auth && hasPassword)) {
                return new SetOutcome(PDU.inconsistentValue, i + 1);
            }
            if (column == COL_SPE && spe && valueAfter(after, sys(SYS_SPE)).toInt() != TRUE) {
                return new SetOutcome(PDU.inconsistentValue, i + 1);
            }
        }
        after.keySet().removeIf(oid -> ignoredWrites.stream().anyMatch(oid::startsWith));
        objects.putAll(after);
        passwords.putAll(newPasswords);
        return new SetOutcome(PDU.noError, 0);
    }

    /** Whether {@code password} is the station's password (the twin's view; SNMP never reads it back). */
    public synchronized boolean passwordIs(int callNumber, String password) {
        return password.equals(passwords.get(callNumber));
    }

    public synchronized Variable value(OID oid) {
        return get(oid);
    }

    private boolean anyStationSpe(Map<OID, Variable> after) {
        for (OID oid : new ArrayList<>(objects.keySet())) {
            if (oid.size() == STATION_ENTRY.size() + 2 && oid.startsWith(STATION_ENTRY)
                    && oid.get(STATION_ENTRY.size()) == COL_SPE && valueAfter(after, oid).toInt() == TRUE) {
                return true;
            }
        }
        return false;
    }

    private Variable valueAfter(Map<OID, Variable> after, OID oid) {
        Variable v = after.get(oid);
        return v != null ? v : objects.getOrDefault(oid, new Integer32(0));
    }

    private TimeTicks upTime() {
        return new TimeTicks((System.nanoTime() - startNanos) / 10_000_000L);
    }

    /** Empty, a dotted IPv4 address or a DNS host name (what the system accepts as a gateway or DLS address). */
    private static boolean address(Variable v) {
        String text = v.toString();
        if (text.isEmpty()) {
            return true;
        }
        if (text.matches("[0-9.]+")) {
            String[] parts = text.split("\\.", -1);
            if (parts.length != 4) {
                return false;
            }
            for (String part : parts) {
                if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return true;
        }
        return text.length() <= 253
                && text.matches("(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    }

    private static boolean truthValue(Variable v) {
        return v.toInt() == TRUE || v.toInt() == FALSE;
    }

    private static boolean between(Variable v, int min, int max) {
        return v.toInt() >= min && v.toInt() <= max;
    }
}
