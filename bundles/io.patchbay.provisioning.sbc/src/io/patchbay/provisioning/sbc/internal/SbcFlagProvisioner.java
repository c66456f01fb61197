package io.patchbay.provisioning.sbc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.patchbay.core.Credential;
import io.patchbay.core.CredentialVault;
import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpValue;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.core.TransportException;
import io.patchbay.core.VaultException;
import io.patchbay.core.provisioning.ProvisioningException;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.Step;
import io.patchbay.model.ClassOfService;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Station;
import io.patchbay.provisioning.sbc.StationMib;
import io.patchbay.provisioning.sbc.StationPasswords;

/**
 * SBC flags on an OSBiz over SNMP (F-07, F-20). Settings per station the estate flags for the SBC, named
 * {@code NUMBER/authentication}, {@code NUMBER/password}, {@code NUMBER/sbc}, {@code NUMBER/classOfService}.
 * The password is write-only on the system: it reads as {@code set} when authentication is on (the system keeps no
 * authenticated station without one) and as empty otherwise; the secret never appears in a setting, so neither in
 * the plan nor in the journal. A before-value of a password cannot be written back: rollback restores the flags and
 * the class of service and leaves the password the apply wrote.
 */
@Component(service = Provisioner.class, property = Provisioner.FEATURE + "=" + SbcFlagProvisioner.FEATURE)
public final class SbcFlagProvisioner implements Provisioner {

    public static final String FEATURE = "sbc";
    public static final String GENERATE_PASSWORDS = "generate-passwords";

    static final String AUTHENTICATION = "authentication", PASSWORD = "password", SBC = "sbc",
            CLASS_OF_SERVICE = "classOfService";
    static final String ON = "on", OFF = "off", SET = "set (write-only, not restorable)";

    private final CredentialVault vault;
    private final boolean generate;
    private final StationPasswords passwords = new StationPasswords();

    @Activate
    public SbcFlagProvisioner(@Reference CredentialVault vault) {
        this(vault, false);
    }

    public SbcFlagProvisioner(CredentialVault vault, boolean generatePasswords) {
        this.vault = vault;
        this.generate = generatePasswords;
    }

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public String description() {
        return "SBC flags of SIP@Home and Device@Home stations on OpenScape Business, with authentication and a"
                + " strong password first (F-07, F-20)" + (generate ? "; missing passwords generated into the vault"
                        : "");
    }

    @Override
    public Protocol protocol() {
        return Protocol.SNMP;
    }

    @Override
    public Set<String> options() {
        return Set.of(GENERATE_PASSWORDS);
    }

    @Override
    public Provisioner withOptions(Set<String> options) {
        Provisioner.super.withOptions(options);
        return options.contains(GENERATE_PASSWORDS) == generate ? this
                : new SbcFlagProvisioner(vault, options.contains(GENERATE_PASSWORDS));
    }

    @Override
    public boolean appliesTo(ManagedDevice device) {
        return device instanceof OsbizSystem system && system.getStations().stream().anyMatch(Station::isSbcFlag);
    }

    @Override
    public Map<String, String> readActual(ManagedDevice device, SnmpSession session)
            throws TransportException, ProvisioningException {
        Map<Integer, Station> stations = sbcStations(device);
        Map<Integer, Integer> authentication = column(session, StationMib.AUTHENTICATION);
        Map<Integer, Integer> sbc = column(session, StationMib.SBC);
        Map<Integer, Integer> classOfService = column(session, StationMib.CLASS_OF_SERVICE);
        Map<String, String> actual = new LinkedHashMap<>();
        for (int number : stations.keySet()) {
            Integer auth = authentication.get(number);
            if (auth == null) {
                throw new ProvisioningException(label(device), "the system has no station " + number,
                        "Create station " + number + " on the system, or correct its call number in the estate");
            }
            actual.put(number + "/" + AUTHENTICATION, truth(auth));
            actual.put(number + "/" + PASSWORD, auth == StationMib.TRUE ? SET : "");
            actual.put(number + "/" + SBC, truth(sbc.getOrDefault(number, StationMib.FALSE)));
            Integer cos = classOfService.get(number);
            actual.put(number + "/" + CLASS_OF_SERVICE, cos == null || cos < 1 || cos > ClassOfService.VALUES.size()
                    ? String.valueOf(cos) : name(ClassOfService.get(cos - 1)));
        }
        return actual;
    }

    @Override
    public Map<String, String> desired(ManagedDevice device, Map<String, String> actual)
            throws ProvisioningException {
        Map<String, String> desired = new LinkedHashMap<>(actual);
        for (Map.Entry<Integer, Station> entry : sbcStations(device).entrySet()) {
            int number = entry.getKey();
            Station station = entry.getValue();
            desired.put(number + "/" + AUTHENTICATION, ON);
            desired.put(number + "/" + PASSWORD, SET);
            desired.put(number + "/" + SBC, ON);
            desired.put(number + "/" + CLASS_OF_SERVICE, name(station.getClassOfService()));
            boolean changes = !ON.equals(actual.get(number + "/" + SBC))
                    || !ON.equals(actual.get(number + "/" + AUTHENTICATION));
            if (changes && !generate && !hasPassword(device, station)) {
                throw new ProvisioningException(label(device), "station " + number + " has no password in the vault"
                        + (station.getPasswordRef() == null ? "" : " under " + station.getPasswordRef()),
                        "Store a strong password for it in the vault under its password reference, or apply with"
                                + " --generate-passwords");
            }
        }
        return desired;
    }

    /**
     * One SET per station, in the order the system accepts: authentication on and the password first, then the SBC
     * flag and the class of service. The password (from the vault, generated into it first when asked) is written
     * whenever authentication or the SBC flag is switched on, so no station gets the flag with a password the vault
     * does not hold. Turning the flag off (rollback) writes the flags and class only: a password cannot be restored.
     */
    @Override
    public List<Step> write(ManagedDevice device, Map<String, String> values) {
        Map<Integer, Map<String, String>> byStation = new TreeMap<>();
        values.forEach((name, value) -> {
            int slash = name.indexOf('/');
            byStation.computeIfAbsent(Integer.parseInt(name.substring(0, slash)), n -> new HashMap<>())
                    .put(name.substring(slash + 1), value);
        });
        Map<Integer, Station> stations = stationsByNumber(device);
        Map<String, char[]> generated = generateMissing(device, byStation, stations);
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, String>> entry : byStation.entrySet()) {
            int number = entry.getKey();
            Map<String, String> v = entry.getValue();
            List<SnmpVarBind> set = new ArrayList<>();
            List<String> what = new ArrayList<>();
            String auth = v.get(AUTHENTICATION);
            boolean writePassword = writesPassword(v);
            if (ON.equals(auth) || writePassword) {
                set.add(SnmpVarBind.of(StationMib.instance(StationMib.AUTHENTICATION, number),
                        SnmpValue.integer(StationMib.TRUE)));
                what.add("authentication on");
            }
            if (writePassword) {
                set.add(SnmpVarBind.of(StationMib.instance(StationMib.PASSWORD, number),
                        password(device, stations.get(number), generated)));
                what.add("password from the vault (write-only: not read back, not rolled back)");
            }
            if (v.containsKey(SBC)) {
                set.add(SnmpVarBind.of(StationMib.instance(StationMib.SBC, number),
                        SnmpValue.integer(ON.equals(v.get(SBC)) ? StationMib.TRUE : StationMib.FALSE)));
                what.add("SBC " + v.get(SBC));
            }
            if (v.containsKey(CLASS_OF_SERVICE)) {
                set.add(SnmpVarBind.of(StationMib.instance(StationMib.CLASS_OF_SERVICE, number),
                        SnmpValue.integer(classValue(v.get(CLASS_OF_SERVICE)))));
                what.add("class of service " + v.get(CLASS_OF_SERVICE));
            }
            if (OFF.equals(auth)) { // after the SBC flag, in the same SET: the system checks the SET as a whole
                set.add(SnmpVarBind.of(StationMib.instance(StationMib.AUTHENTICATION, number),
                        SnmpValue.integer(StationMib.FALSE)));
                what.add("authentication off");
            }
            steps.add(Step.snmpSet("station " + number + ": " + String.join(", ", what), set));
        }
        generated.values().forEach(secret -> Arrays.fill(secret, '\0'));
        return steps;
    }

    private static boolean writesPassword(Map<String, String> values) {
        return SET.equals(values.get(PASSWORD)) || ON.equals(values.get(AUTHENTICATION)) || ON.equals(values.get(SBC));
    }

    /**
     * When asked to, generates a password for every station about to get one that the vault lacks, and stores them
     * all in one vault write before any station is touched: a password is on disk before the system holds it.
     */
    private Map<String, char[]> generateMissing(ManagedDevice device, Map<Integer, Map<String, String>> byStation,
            Map<Integer, Station> stations) {
        Map<String, char[]> generated = new HashMap<>();
        if (!generate) {
            return generated;
        }
        Map<String, Credential> toStore = new LinkedHashMap<>();
        try {
            for (Map.Entry<Integer, Map<String, String>> entry : byStation.entrySet()) {
                Station station = stations.get(entry.getKey());
                String reference = station == null ? null : station.getPasswordRef();
                if (writesPassword(entry.getValue()) && CredentialVault.isReference(reference)
                        && !generated.containsKey(reference) && !vault.contains(reference)) {
                    char[] secret = passwords.generate(((OsbizSystem) device).getPasswordPolicy(),
                            station.getNumber());
                    generated.put(reference, secret);
                    toStore.put(reference, Credential.password(station.getNumber(), secret));
                }
            }
            vault.storeAll(toStore);
            return generated;
        } catch (VaultException e) {
            generated.values().forEach(secret -> Arrays.fill(secret, '\0'));
            throw new IllegalStateException(label(device) + ": " + toStore.size() + " generated station passwords"
                    + " cannot be stored in the vault (" + e.getMessage() + "); nothing was written", e);
        } finally {
            toStore.values().forEach(Credential::destroy);
        }
    }

    /** The station's password as a masked SNMP value: from the vault, or just generated into it. */
    private SnmpValue password(ManagedDevice device, Station station, Map<String, char[]> generated) {
        String reference = station == null ? null : station.getPasswordRef();
        if (reference != null && generated.containsKey(reference)) {
            return SnmpValue.secret(generated.get(reference));
        }
        try {
            if (reference != null && vault.contains(reference)) {
                Credential credential = vault.resolve(reference);
                try {
                    return SnmpValue.secret(credential.secret());
                } finally {
                    credential.destroy();
                }
            }
        } catch (VaultException e) {
            throw new IllegalStateException(label(device) + ": the password of station "
                    + (station == null ? "?" : station.getNumber()) + " cannot be read from the vault ("
                    + e.getMessage() + ")", e);
        }
        throw new IllegalStateException(label(device) + ": station " + (station == null ? "?" : station.getNumber())
                + " has no password in the vault and no password reference to generate one under; set its"
                + " password reference (vault:…) in the estate");
    }

    private boolean hasPassword(ManagedDevice device, Station station) throws ProvisioningException {
        String reference = station.getPasswordRef();
        try {
            return CredentialVault.isReference(reference) && vault.contains(reference);
        } catch (VaultException e) {
            throw new ProvisioningException(label(device), "the vault cannot be read (" + e.getMessage() + ")",
                    "Unlock the vault and try again");
        }
    }

    private static Map<Integer, Integer> column(SnmpSession session, int column) throws TransportException {
        String root = StationMib.column(column);
        Map<Integer, Integer> values = new HashMap<>();
        for (SnmpVarBind vb : session.walk(root)) {
            if (!vb.value().isException()) {
                values.put(Integer.parseInt(vb.oid().substring(root.length() + 1)), vb.value().asInt());
            }
        }
        return values;
    }

    private static Map<Integer, Station> sbcStations(ManagedDevice device) throws ProvisioningException {
        Map<Integer, Station> stations = new TreeMap<>();
        for (Station station : ((OsbizSystem) device).getStations()) {
            if (station.isSbcFlag()) {
                stations.put(number(device, station), station);
            }
        }
        return stations;
    }

    private static Map<Integer, Station> stationsByNumber(ManagedDevice device) {
        Map<Integer, Station> stations = new HashMap<>();
        for (Station station : ((OsbizSystem) device).getStations()) {
            try {
                stations.put(Integer.parseInt(station.getNumber().strip()), station);
            } catch (RuntimeException e) {
                // not a call number the MIB can index; such a station is never planned
            }
        }
        return stations;
    }

    private static int number(ManagedDevice device, Station station) throws ProvisioningException {
        try {
            return Integer.parseInt(station.getNumber().strip());
        } catch (RuntimeException e) {
            throw new ProvisioningException(label(device), "station '" + station.getNumber()
                    + "' has no numeric call number", "Correct the station's call number in the estate");
        }
    }

    private static String truth(int value) {
        return value == StationMib.TRUE ? ON : OFF;
    }

    private static String name(ClassOfService cos) {
        return cos.getLiteral().toLowerCase(Locale.ROOT);
    }

    private static int classValue(String name) {
        for (ClassOfService cos : ClassOfService.VALUES) {
            if (name(cos).equals(name)) {
                return cos.getValue() + 1;
            }
        }
        return Integer.parseInt(name);
    }

    private static String label(ManagedDevice device) {
        return device.getName() + " (" + device.getId() + ")";
    }
}
