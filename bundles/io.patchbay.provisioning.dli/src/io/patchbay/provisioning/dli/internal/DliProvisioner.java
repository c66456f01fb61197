package io.patchbay.provisioning.dli.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;

import io.patchbay.core.SnmpSession;
import io.patchbay.core.SnmpValue;
import io.patchbay.core.SnmpVarBind;
import io.patchbay.core.TransportException;
import io.patchbay.core.provisioning.ProvisioningException;
import io.patchbay.core.provisioning.Provisioner;
import io.patchbay.core.provisioning.Step;
import io.patchbay.model.Device;
import io.patchbay.model.DeviceModel;
import io.patchbay.model.EstateLabels;
import io.patchbay.model.ManagedDevice;
import io.patchbay.model.OsbizSystem;
import io.patchbay.model.Place;
import io.patchbay.model.SoftwareVersion;
import io.patchbay.model.Station;
import io.patchbay.model.validation.EstateValidation;
import io.patchbay.model.validation.Finding;
import io.patchbay.provisioning.dli.DliMib;

/**
 * Software deployment (DLI/DLS) on an OSBiz over SNMP (F-11, F-12, F-13), for systems the estate marks
 * {@code dliEnabled}. Settings: {@code system/softwareDeployment} and {@code system/dlsAddress}; per HFA desk phone
 * the estate places at home, by the call number of the station it logs in as, {@code NUMBER/gateway},
 * {@code NUMBER/dlsAddress}, {@code NUMBER/timeSource} and {@code NUMBER/deployment}. The desired values follow F-12, not the phone's recorded settings: gateway and DLS address
 * are the system's public address, the time comes from the system.
 * <p>
 * F-13 is checked against the firmware the phone registered with (the system's {@code pbDeviceFirmware}; the estate's
 * when the system reports none), through the model's own rule, so the minimum versions live in one place. A refused
 * phone keeps its gateway, DLS address and time source; its only setting is the deployment flag, named
 * {@code NUMBER/deployment refused: MESSAGE} with the rule's message (object, F-id and fix), and it is switched off, so
 * the plan, the confirmation and the journal all say why. The other phones of the system still change.
 */
@Component(service = Provisioner.class, property = Provisioner.FEATURE + "=" + DliProvisioner.FEATURE)
public final class DliProvisioner implements Provisioner {

    public static final String FEATURE = "dli";

    static final String SYSTEM = "system";
    static final String SOFTWARE_DEPLOYMENT = "softwareDeployment", DLS_ADDRESS = "dlsAddress", GATEWAY = "gateway",
            TIME_SOURCE = "timeSource", DEPLOYMENT = "deployment";
    /** How the deployment setting of a phone F-13 refuses is named after {@code NUMBER/}. */
    static final String REFUSED = DEPLOYMENT + " refused: ";
    static final String ON = "on", OFF = "off", FROM_SYSTEM = "system", OWN = "own";

    /** Desk phones that take their settings and software from the system's DLS. */
    static final Set<DeviceModel> DLS_PHONES = EnumSet.of(DeviceModel.OPENSTAGE_HFA, DeviceModel.DESKPHONE_IP_HFA,
            DeviceModel.DESKPHONE_CP400_HFA, DeviceModel.DESKPHONE_CP600_HFA);

    @Override
    public String feature() {
        return FEATURE;
    }

    @Override
    public String description() {
        return "Software deployment (DLI/DLS) to phones at home on OpenScape Business: deployment on with the public"
                + " address as DLS address, each phone's gateway, DLS address and time from the system (F-11, F-12);"
                + " phones below the minimum firmware refused (F-13)";
    }

    @Override
    public Protocol protocol() {
        return Protocol.SNMP;
    }

    @Override
    public boolean appliesTo(ManagedDevice device) {
        return device instanceof OsbizSystem system && system.isDliEnabled();
    }

    @Override
    public Map<String, String> readActual(ManagedDevice device, SnmpSession session)
            throws TransportException, ProvisioningException {
        Map<String, String> actual = new LinkedHashMap<>();
        List<SnmpVarBind> scalars = session.get(List.of(DliMib.SOFTWARE_DEPLOYMENT, DliMib.DLS_ADDRESS));
        SnmpValue deployment = scalars.get(0).value();
        if (deployment.isException()) {
            throw new ProvisioningException(label(device), "the system has no software deployment (pbSoftwareDeployment"
                    + " " + DliMib.SOFTWARE_DEPLOYMENT + " reads " + deployment + ")",
                    "Check that it is an OpenScape Business V2R6 or later and that the estate's SNMP address is right");
        }
        actual.put(SYSTEM + "/" + SOFTWARE_DEPLOYMENT, truth(deployment.asInt()));
        SnmpValue dls = scalars.get(1).value();
        actual.put(SYSTEM + "/" + DLS_ADDRESS, dls.isException() ? "" : dls.asText());

        Map<Integer, Map<Integer, SnmpValue>> rows = deviceTable(session);
        for (Map.Entry<Integer, Device> entry : phones(device).entrySet()) {
            int number = entry.getKey();
            Device phone = entry.getValue();
            Map<Integer, SnmpValue> row = rows.get(number);
            if (row == null || !row.containsKey(DliMib.DEVICE_DEPLOYMENT)) {
                throw new ProvisioningException(label(device), "phone " + EstateLabels.describe(phone)
                        + " has not logged in to the system as station " + number, "Log the phone in to the system"
                                + " (once, on the office LAN) as station " + number + ", or bind it to the right"
                                + " station in the estate");
            }
            String phoneKey = String.valueOf(number);
            SnmpValue firmware = row.get(DliMib.DEVICE_FIRMWARE);
            String refusal = refusal(phone, firmware == null || firmware.isException() ? "" : firmware.asText());
            if (refusal != null) {
                actual.put(phoneKey + "/" + REFUSED + refusal, truth(row.get(DliMib.DEVICE_DEPLOYMENT).asInt()));
                continue;
            }
            actual.put(phoneKey + "/" + GATEWAY, text(row.get(DliMib.DEVICE_GATEWAY)));
            actual.put(phoneKey + "/" + DLS_ADDRESS, text(row.get(DliMib.DEVICE_DLS_ADDRESS)));
            SnmpValue time = row.get(DliMib.DEVICE_TIME_SOURCE);
            actual.put(phoneKey + "/" + TIME_SOURCE, time == null || time.isException() ? ""
                    : time.asInt() == DliMib.TIME_FROM_SYSTEM ? FROM_SYSTEM
                            : time.asInt() == DliMib.TIME_OWN ? OWN : String.valueOf(time.asInt()));
            actual.put(phoneKey + "/" + DEPLOYMENT, truth(row.get(DliMib.DEVICE_DEPLOYMENT).asInt()));
        }
        return actual;
    }

    @Override
    public Map<String, String> desired(ManagedDevice device, Map<String, String> actual)
            throws ProvisioningException {
        String publicAddress = ((OsbizSystem) device).getPublicAddress();
        if (publicAddress == null || publicAddress.isBlank()) {
            throw new ProvisioningException(label(device), "the estate has no public address for the system, which"
                    + " software deployment announces as DLS address and phones at home use as gateway (F-12)",
                    "Set the system's public address (IPv4 address or DNS name) in the estate");
        }
        String address = publicAddress.strip();
        Map<String, String> desired = new LinkedHashMap<>(actual);
        for (String name : actual.keySet()) {
            String key = name.substring(name.indexOf('/') + 1);
            if (key.startsWith(REFUSED)) {
                desired.put(name, OFF);
                continue;
            }
            switch (key) {
                case SOFTWARE_DEPLOYMENT, DEPLOYMENT -> desired.put(name, ON);
                case DLS_ADDRESS, GATEWAY -> desired.put(name, address);
                case TIME_SOURCE -> desired.put(name, FROM_SYSTEM);
                default -> {
                    // a setting this feature does not manage is left as it is
                }
            }
        }
        return desired;
    }

    /**
     * One SET for the system (DLS address and software deployment together, which the system checks as a whole: it
     * refuses deployment without a DLS address) and one per phone (gateway, DLS address, time source, deployment).
     */
    @Override
    public List<Step> write(ManagedDevice device, Map<String, String> values) {
        Map<String, Map<String, String>> byTarget = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : SYSTEM.equals(a) ? -1 : SYSTEM.equals(b) ? 1 : Integer.compare(Integer.parseInt(a),
                        Integer.parseInt(b)));
        values.forEach((name, value) -> {
            int slash = name.indexOf('/');
            String key = name.substring(slash + 1);
            byTarget.computeIfAbsent(name.substring(0, slash), t -> new HashMap<>())
                    .put(key.startsWith(REFUSED) ? DEPLOYMENT : key, value);
        });
        List<Step> steps = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : byTarget.entrySet()) {
            Map<String, String> v = entry.getValue();
            List<SnmpVarBind> set = new ArrayList<>();
            List<String> what = new ArrayList<>();
            if (SYSTEM.equals(entry.getKey())) {
                if (v.containsKey(DLS_ADDRESS)) {
                    set.add(SnmpVarBind.of(DliMib.DLS_ADDRESS, SnmpValue.string(v.get(DLS_ADDRESS))));
                    what.add("DLS address " + shown(v.get(DLS_ADDRESS)));
                }
                if (v.containsKey(SOFTWARE_DEPLOYMENT)) {
                    set.add(SnmpVarBind.of(DliMib.SOFTWARE_DEPLOYMENT,
                            SnmpValue.integer(ON.equals(v.get(SOFTWARE_DEPLOYMENT)) ? DliMib.TRUE : DliMib.FALSE)));
                    what.add("software deployment " + v.get(SOFTWARE_DEPLOYMENT));
                }
                steps.add(Step.snmpSet("system: " + String.join(", ", what), set));
                continue;
            }
            int number = Integer.parseInt(entry.getKey());
            if (v.containsKey(GATEWAY)) {
                set.add(SnmpVarBind.of(DliMib.instance(DliMib.DEVICE_GATEWAY, number), SnmpValue.string(v.get(GATEWAY))));
                what.add("gateway " + shown(v.get(GATEWAY)));
            }
            if (v.containsKey(DLS_ADDRESS)) {
                set.add(SnmpVarBind.of(DliMib.instance(DliMib.DEVICE_DLS_ADDRESS, number),
                        SnmpValue.string(v.get(DLS_ADDRESS))));
                what.add("DLS address " + shown(v.get(DLS_ADDRESS)));
            }
            if (v.containsKey(TIME_SOURCE)) {
                set.add(SnmpVarBind.of(DliMib.instance(DliMib.DEVICE_TIME_SOURCE, number),
                        SnmpValue.integer(timeValue(v.get(TIME_SOURCE)))));
                what.add("time from " + v.get(TIME_SOURCE));
            }
            if (v.containsKey(DEPLOYMENT)) {
                set.add(SnmpVarBind.of(DliMib.instance(DliMib.DEVICE_DEPLOYMENT, number),
                        SnmpValue.integer(ON.equals(v.get(DEPLOYMENT)) ? DliMib.TRUE : DliMib.FALSE)));
                what.add("deployment " + v.get(DEPLOYMENT));
            }
            steps.add(Step.snmpSet("phone of station " + number + ": " + String.join(", ", what), set));
        }
        return steps;
    }

    /**
     * Why F-13 refuses {@code phone} with the firmware it registered with ({@code liveFirmware}; the estate's when
     * empty or unreadable): the model rule's message with the object, the F-id and the fix; {@code null} when the
     * phone may be provisioned. The rule runs on a detached copy, so the estate is never changed.
     */
    static String refusal(Device phone, String liveFirmware) {
        Device probe = EcoreUtil.copy(phone);
        if (!liveFirmware.isBlank()) {
            try {
                probe.setFirmware(SoftwareVersion.parse(liveFirmware));
            } catch (IllegalArgumentException e) {
                // the system reports a firmware string the model cannot read: judge by the estate's
            }
        }
        for (Finding finding : EstateValidation.findings(EstateValidation.diagnose(probe))) {
            if (finding.isError() && "F-13".equals(finding.ruleId())) {
                return finding.message();
            }
        }
        return null;
    }

    /** The estate's HFA desk phones at home on this system, by the call number of the station they log in as. */
    private static Map<Integer, Device> phones(ManagedDevice device) throws ProvisioningException {
        OsbizSystem system = (OsbizSystem) device;
        Map<Integer, Device> phones = new TreeMap<>();
        for (Device phone : system.getDevices()) {
            if (phone.getPlace() != Place.HOME || !DLS_PHONES.contains(phone.getModel())) {
                continue;
            }
            Station station = phone.getStation();
            if (station == null || !system.getStations().contains(station)) {
                throw new ProvisioningException(label(device), "phone " + EstateLabels.describe(phone)
                        + " is not bound to a station of this system, and an HFA phone logs in as its station (F-12)",
                        "Bind the phone to its station in the estate");
            }
            int number;
            try {
                number = Integer.parseInt(station.getNumber().strip());
            } catch (RuntimeException e) {
                throw new ProvisioningException(label(device), "the station of phone " + EstateLabels.describe(phone)
                        + " has no numeric call number ('" + station.getNumber() + "')",
                        "Correct the station's call number in the estate");
            }
            Device other = phones.put(number, phone);
            if (other != null) {
                throw new ProvisioningException(label(device), "phones " + EstateLabels.describe(other) + " and "
                        + EstateLabels.describe(phone) + " are both bound to station " + number,
                        "Bind each phone at home to its own station in the estate");
            }
        }
        return phones;
    }

    /** The phone table, one walk: call number → column → value. */
    private static Map<Integer, Map<Integer, SnmpValue>> deviceTable(SnmpSession session) throws TransportException {
        Map<Integer, Map<Integer, SnmpValue>> rows = new HashMap<>();
        String root = DliMib.DEVICE_ENTRY + ".";
        for (SnmpVarBind vb : session.walk(DliMib.DEVICE_ENTRY)) {
            if (vb.value().isException() || !vb.oid().startsWith(root)) {
                continue;
            }
            String rest = vb.oid().substring(root.length());
            int dot = rest.indexOf('.');
            if (dot < 0) {
                continue;
            }
            try {
                int column = Integer.parseInt(rest.substring(0, dot));
                rows.computeIfAbsent(Integer.parseInt(rest.substring(dot + 1)), n -> new HashMap<>()).put(column,
                        vb.value());
            } catch (NumberFormatException e) {
                // not an instance of this table
            }
        }
        return rows;
    }

    private static String text(SnmpValue value) {
        return value == null || value.isException() ? "" : value.asText();
    }

    private static String truth(int value) {
        return value == DliMib.TRUE ? ON : value == DliMib.FALSE ? OFF : String.valueOf(value);
    }

    private static int timeValue(String name) {
        return FROM_SYSTEM.equals(name) ? DliMib.TIME_FROM_SYSTEM : OWN.equals(name) ? DliMib.TIME_OWN
                : Integer.parseInt(name);
    }

    private static String shown(String value) {
        return value.isEmpty() ? "(none)" : value;
    }

    private static String label(ManagedDevice device) {
        return device.getName() + " (" + device.getId() + ")";
    }
}
